// A processor's API connection (Stripe, Klaviyo, Mailchimp): whether Lawfully holds a key (shown
// only by its last characters), a field to paste a new one, and "Test connection" with the vendor's
// answer in words. The key field is emptied once saved: the API never gives a key back.
import { useCallback, useEffect, useState } from 'react';
import { Badge, Banner, BlockStack, Button, InlineStack, Text, TextField } from '@shopify/polaris';
import { apiJson, ApiError } from '../../api.ts';
import type { ConnectionView } from '../../../../app/processors/connections.ts';
import type { Jsonified } from '../../../../app/platform/jsonified.ts';

type Connection = Jsonified<ConnectionView>;

export function ProcessorConnection({ processorId, name }: { processorId: string; name: string }) {
  const [connection, setConnection] = useState<Connection>();
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [keyError, setKeyError] = useState<string>();
  const [tested, setTested] = useState<{ ok: boolean; message: string }>();

  const load = useCallback(async () => {
    try {
      const { connections } = await apiJson<{ connections: Connection[] }>('/api/processors/connections');
      setConnection(connections.find((c) => c.processorId === processorId));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [processorId]);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching on mount is this effect's purpose; the state is set once the answer arrives
    void load();
  }, [load]);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    setKeyError(undefined);
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiError) setKeyError(e.fields.key);
    } finally {
      setBusy(false);
    }
  }

  const save = (value: string | null) =>
    run(async () => {
      await apiJson(`/api/processors/connections/${encodeURIComponent(processorId)}`, { method: 'PUT', json: { key: value } });
      setKey('');
      setTested(undefined);
      window.shopify.toast.show(value ? `${name} connected` : `${name} disconnected`);
      await load();
    });

  const test = () =>
    run(async () => {
      setTested(
        await apiJson<{ ok: boolean; message: string }>(`/api/processors/connections/${encodeURIComponent(processorId)}/test`, { method: 'POST', json: {} }),
      );
      await load();
    });

  if (!connection?.api) return error ? <Banner tone="critical">{error}</Banner> : null;
  return (
    <BlockStack gap="200">
      <InlineStack gap="200" blockAlign="center">
        <Text as="h3" variant="headingSm">
          API connection
        </Text>
        {connection.connected ? (
          <Badge tone="success">{connection.keyHint ? `Connected · key ${connection.keyHint}` : 'Connected'}</Badge>
        ) : (
          <Badge>Not connected</Badge>
        )}
      </InlineStack>
      <Text as="p" tone="subdued">
        With a key, Lawfully asks {name} through its API to erase (and, where it can, export) a person’s data. The key is stored encrypted and never shown
        again.
      </Text>
      {error && (
        <Banner tone="critical" title="The connection was not changed">
          {error}
        </Banner>
      )}
      {tested && (
        <Banner tone={tested.ok ? 'success' : 'critical'} title={tested.ok ? 'The connection works' : 'The connection failed'}>
          {tested.message}
        </Banner>
      )}
      {!tested && connection.test && connection.test.result !== 'ok' && (
        <Banner tone="warning" title="The last test failed">
          {connection.test.message}
        </Banner>
      )}
      <TextField
        label={connection.connected ? 'Replace the API key' : 'API key'}
        type="password"
        value={key}
        onChange={setKey}
        autoComplete="off"
        error={keyError}
      />
      <InlineStack gap="200">
        <Button variant="primary" disabled={!key.trim()} loading={busy} onClick={() => void save(key.trim())}>
          Save key
        </Button>
        <Button disabled={!connection.connected || busy} onClick={() => void test()}>
          Test connection
        </Button>
        {connection.connected && (
          <Button tone="critical" disabled={busy} onClick={() => void save(null)}>
            Disconnect
          </Button>
        )}
      </InlineStack>
    </BlockStack>
  );
}
