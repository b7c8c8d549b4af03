// The assistant as a chat box: a question in, the answer out with the tools it called and how each went.
// Writes it proposes wait for a Confirm click (the same user, within five minutes).
import { api, explain } from './api.js';
import { clear, h } from './dom.js';

export function mountAssistant(aside) {
  const log = h('ol.chat', { 'aria-live': 'polite', id: 'assistant-log' });
  const input = h('input', { id: 'assistant-question', placeholder: 'What is low on stock?', autocomplete: 'off' });
  const form = h('form.ask', h('label', { for: 'assistant-question' }, 'Ask the assistant'), input,
    h('button', { type: 'submit' }, 'Ask'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const question = input.value.trim();
    if (!question) return;
    input.value = '';
    log.append(h('li.me', question));
    await ask({ question }, log);
  });
  clear(aside, h('h2', 'Assistant'), log, form);
}

async function ask(body, log) {
  const pending = h('li.bot.muted', 'Thinking…');
  log.append(pending);
  try {
    const { data } = await api('POST', '/api/agent/ask', body);
    pending.replaceWith(reply(data, log));
  } catch (e) {
    pending.replaceWith(h('li.bot.error', explain(e)));
  }
  log.lastChild.scrollIntoView({ block: 'end' });
}

function reply(data, log) {
  const calls = (data.toolCalls || []).map((c) => h('li', { class: 'tool ' + (c.status || '') },
    `${c.tool} ${c.status ? '(' + c.status + ')' : ''}`));
  const item = h('li.bot', h('p.answer', data.answer), calls.length ? h('ul.tools', { 'aria-label': 'Tools called' },
    calls) : null, data.note ? h('p.muted', data.note) : null);
  if (data.confirmation) {
    const confirm = h('button.primary', { type: 'button' }, 'Confirm');
    confirm.addEventListener('click', () => {
      confirm.disabled = true;
      ask({ confirm: data.confirmation.id }, log);
    });
    item.append(confirm);
  }
  return item;
}
