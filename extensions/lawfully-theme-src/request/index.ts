// Lawfully's data-request form: sends the form as JSON to the app proxy and shows the answer in
// place, in the form's aria-live status and beside each field the server named. Without
// JavaScript the form posts normally and the app answers with a page.

type Outcome = 'success' | 'error' | '';

/** The server answers {error: {message, fields}}; older builds sent {error: message, fields}. */
interface Answer {
  status?: string;
  message?: string;
  error?: string | { message?: string; fields?: Record<string, string> };
  fields?: Record<string, string>;
}

function wireRequestForm(form: HTMLFormElement): void {
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;

  function say(outcome: Outcome, text: string | null | undefined): void {
    status.className = 'lawfully-request__status' + (outcome ? ` is-${outcome}` : '');
    status.textContent = text || '';
  }

  function clearFieldErrors(): void {
    form.querySelectorAll('[data-field]').forEach((slot) => (slot.textContent = ''));
    form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  }

  function showRefusal(answer: Answer): void {
    const error = answer.error || {};
    const fields = (typeof error === 'object' && error.fields) || answer.fields || {};
    let firstInvalid: HTMLElement | undefined;
    say('error', (typeof error === 'string' ? error : error.message) || form.getAttribute('data-error'));
    for (const name of Object.keys(fields)) {
      const slot = form.querySelector(`[data-field="${name}"]`);
      const input = form.elements.namedItem(name) as HTMLElement | null;
      if (slot) slot.textContent = fields[name]!;
      if (input?.setAttribute) {
        input.setAttribute('aria-invalid', 'true');
        firstInvalid ||= input;
      }
    }
    firstInvalid?.focus();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Several rights chosen in the list are sent as a list: one request each, one confirmation.
    const body: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
    new FormData(form).forEach((value, key) => {
      const earlier = body[key];
      body[key] = earlier === undefined ? value : ([] as FormDataEntryValue[]).concat(earlier, value);
    });
    clearFieldErrors();
    button.disabled = true;
    say('', form.getAttribute('data-sending'));
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    })
      .then((response) =>
        response.json().then(
          (answer: Answer | null) => ({ ok: response.ok, answer: answer || {} }),
          () => ({ ok: false, answer: {} as Answer }),
        ),
      )
      .then(
        ({ ok, answer }) => {
          button.disabled = false;
          if (!ok) return showRefusal(answer);
          say('success', answer.message);
          // A complaint is answered in place; a filed request leaves a fresh form (a signed-in
          // customer's email stays, it is the field's default).
          if (answer.status !== 'answered') form.reset();
        },
        () => {
          button.disabled = false;
          say('error', form.getAttribute('data-offline'));
        },
      );
  });
}

document.querySelectorAll<HTMLFormElement>('form[data-lawfully-request]').forEach(wireRequestForm);
