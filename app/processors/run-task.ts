// The "processor.task" job: carries out one api or email task. A vendor that is down (5xx, 429,
// network) is retried by the job runner with backoff, up to TASK_MAX_ATTEMPTS; a refusal that
// retrying cannot fix (401 wrong or revoked key, 403, a missing contact) fails the task at once,
// in words, without a retry storm. Either way the job itself ends; the task shows failed with Retry.
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import type { Prisma } from '../platform/db/index.ts';
import { openSealed } from '../platform/crypto.ts';
import { UpstreamError } from '../platform/errors.ts';
import { storedForm } from '../platform/json-column.ts';
import { checkedJob } from '../jobs/runner.ts';
import { exportColumn, isWithdrawn, storedExport } from '../requests/exports.ts';
import { loadRecords } from '../records/store.ts';
import { VendorError, VENDOR_NAMES, isApiVendor, type Exported, type Subject } from './connector.ts';
import { catalogueContact, connectorOf, loadConnection } from './connections.ts';
import { emailConnector } from './email.ts';
import { moveTask, PROCESSOR_TASK_JOB, taskActionOf, type TaskRow } from './tasks.ts';

const payloadSchema = z.object({ taskId: z.string() });
const subjectSchema = z.object({ email: z.string(), shopifyCustomerId: z.string().nullish() });

interface Outcome {
  to: 'done' | 'sent';
  evidence: string;
  ids: string[];
  exported?: Exported;
}

async function carryOut(deps: AppDeps, task: TaskRow, subject: Subject): Promise<Outcome> {
  const connection = await loadConnection(deps.db, task.shop, task.processorId);
  if (task.method === 'api') {
    const connector = connectorOf(deps, task.processorId, connection);
    const name = isApiVendor(task.processorId) ? VENDOR_NAMES[task.processorId] : task.processorName;
    if (!connector) throw new VendorError(`${name} is not connected: paste its API key on the Processors page, then retry.`, false);
    if (task.action === 'export') {
      if (!connector.export) throw new VendorError(`${name} cannot export through Lawfully.`, false);
      const exported = await connector.export(subject);
      return { to: 'done', evidence: exported.evidence, ids: exported.ids, exported };
    }
    const erased = await connector.erase(subject);
    return { to: 'done', evidence: erased.evidence, ids: erased.ids };
  }
  const to = connection?.privacyContact ?? catalogueContact(task.processorId);
  if (!to) throw new VendorError(`${task.processorName} has no privacy contact: add one on the Processors page, then retry.`, false);
  const records = await loadRecords(deps.db, task.shop);
  const asking = emailConnector(
    {
      mailer: deps.mailer,
      to,
      processorName: task.processorName,
      replyTo: records?.controller?.contactEmail,
      controllerName: records?.controller?.legalName ?? task.shop,
      shop: task.shop,
      reference: task.id,
      dueAt: task.dueAt,
    },
    taskActionOf(task),
  );
  const sent = await asking.erase(subject);
  return { to: 'sent', evidence: sent.evidence, ids: sent.ids };
}

/** Adds what a processor exported to the request's newest export package, in its own section. */
async function addToExport(tx: Prisma.TransactionClient, task: TaskRow, exported: Exported, at: Date) {
  const pkg = await tx.exportPackage.findFirst({ where: { shop: task.shop, requestId: task.requestId }, orderBy: { createdAt: 'desc' } });
  if (!pkg) return;
  const content = storedExport(pkg);
  // erased since the task was created: the withdrawn package takes no one's data
  if (isWithdrawn(content)) return;
  const section = { name: task.processorName, retrievedAt: at.toISOString(), found: exported.found, data: exported.data && storedForm(exported.data) };
  await tx.exportPackage.update({
    where: { id: pkg.id },
    data: { content: exportColumn({ ...content, processors: { ...content.processors, [task.processorId]: section } }) },
  });
}

/** The error as the task shows it: a vendor's words, or a neutral sentence (an unexpected error may quote data). */
const inWords = (error: unknown) =>
  error instanceof UpstreamError ? error.message : `Unexpected failure (${error instanceof Error ? error.name : typeof error}).`;

export function processorJobHandlers(deps: AppDeps) {
  return {
    [PROCESSOR_TASK_JOB]: checkedJob(payloadSchema, async ({ taskId }, job) => {
      const task = await deps.db.processorTask.findFirst({ where: { id: taskId, shop: job.shop } });
      // Done, sent, waived or removed meanwhile (a job may run twice after a crash).
      if (!task || task.status !== 'pending') return;
      const sealed = openSealed(deps.config.encryptionKey, task.subjectEncrypted);
      const parsed = sealed ? subjectSchema.safeParse(JSON.parse(sealed)) : undefined;
      const now = () => deps.clock.now();
      if (!parsed?.success) {
        await deps.db.$transaction((tx) =>
          moveTask(tx, task, {
            to: 'failed',
            actor: 'system',
            at: now(),
            error: 'The person can no longer be named to the processor (their identifiers were erased); ask the processor by hand or waive the task.',
          }),
        );
        return;
      }
      try {
        const outcome = await carryOut(deps, task, parsed.data);
        await deps.db.$transaction(async (tx) => {
          if (outcome.exported) await addToExport(tx, task, outcome.exported, now());
          await moveTask(tx, task, { to: outcome.to, actor: 'system', at: now(), evidence: outcome.evidence, ids: outcome.ids });
        });
      } catch (error) {
        const message = inWords(error);
        const final = (error instanceof VendorError && !error.retryable) || job.attempts >= job.maxAttempts;
        if (final) {
          await deps.db.$transaction((tx) =>
            moveTask(tx, task, {
              to: 'failed',
              actor: 'system',
              at: now(),
              error: job.attempts > 1 ? `${message} (after ${String(job.attempts)} attempts)` : message,
            }),
          );
          return;
        }
        await deps.db.processorTask.update({
          where: { id: task.id },
          data: { lastError: `${message} (attempt ${String(job.attempts)} of ${String(job.maxAttempts)})`, updatedAt: now() },
        });
        // The runner retries with backoff; its log gets this message, which names no one.
        throw new UpstreamError(message);
      }
    }),
  };
}
