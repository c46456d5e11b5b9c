// A tiny element builder: h('button', {onclick, class: 'alt'}, 'text', child...).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** An SVG element for inline charts: svg('rect', {x, y, width, height}, child...). */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  children.forEach((c) => el.append(c));
  return el;
}

/** A labelled input; attrs go to the input, whose id is attrs.id or f-<name> (ids are unique: a label names one input). */
export function field(label, attrs) {
  const input = attrs && attrs.options
    ? h('select', Object.assign({}, attrs, { options: null }), attrs.options.map(([v, text]) =>
      h('option', { value: v, selected: attrs.value === v }, text)))
    : h('input', attrs);
  const id = attrs.id || (attrs.name ? 'f-' + attrs.name : undefined);
  if (id) input.id = id;
  return h('div', {}, h('label', { for: id }, label), input);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/**
 * Runs an action from a button: disables it meanwhile, shows the error (a service's problem detail) under it and,
 * given the form, each field the problem names next to that field's input.
 */
export async function act(button, out, fn, form) {
  button.disabled = true;
  out.textContent = '';
  out.className = '';
  delete out.dataset.problem;
  if (form) showViolations(form, null);
  try {
    await fn();
  } catch (e) {
    out.className = 'err';
    out.setAttribute('role', 'alert');
    out.textContent = form ? namedInPage(form, e) : e.message;
    // the problem's code (vehicle-bound, booking-consent-required, ...), for a browser test to tell them apart
    if (e.code) out.dataset.problem = e.code;
    if (form) showViolations(form, e);
  } finally {
    button.disabled = false;
  }
}

/**
 * A problem's message with the field it starts with ("plate: ...", the request's name of it) named as the page labels
 * its input, in the page's language ("车牌号: ...").
 */
export function namedInPage(form, problem) {
  const message = problem.message || '';
  for (const v of problem.violations || []) {
    const input = v && v.field && message.startsWith(v.field + ':') ? inputFor(form, v.field) : null;
    const label = input && input.id ? form.querySelector(`label[for="${input.id}"]`) : null;
    if (label) return label.textContent.trim() + message.slice(v.field.length);
  }
  return message;
}

/** The input a problem's field names: the one marked data-field="bookingCodes[1]", else the one of that name. */
function inputFor(form, name) {
  const marked = [...form.querySelectorAll('[data-field]')].find((el) => el.dataset.field === name);
  if (marked) return marked;
  const named = form.elements.namedItem(name);
  return named instanceof Element ? named : null;
}

/**
 * Puts each violation of a problem ({field, message}) under the input of that field, marked invalid; clears the
 * earlier ones first. The violations no input stands for are left to the message under the button.
 */
export function showViolations(form, problem) {
  form.querySelectorAll('.field-err').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  const violations = (problem && problem.violations) || [];
  for (const v of violations) {
    const input = v && v.field ? inputFor(form, v.field) : null;
    if (!input) continue;
    input.setAttribute('aria-invalid', 'true');
    input.after(h('p', { class: 'err field-err', 'data-field-error': v.field }, v.message || ''));
  }
}

/** Replaces the element's children, leaving out the null and false ones that conditional parts give. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat().filter((c) => c != null && c !== false));
  return el;
}

/**
 * A table in a box of its own that scrolls sideways when the screen is narrower than the table; the box takes the
 * keyboard's focus, so that it scrolls without a mouse as well.
 */
export function scroller(table) {
  return h('div', { class: 'scroll', tabindex: '0' }, table);
}

/** A long value (a SHA-256, a token) shortened to its first 8 and last 4 characters; the whole of it on a tap. */
export function shortValue(value, label) {
  if (!value) return '—';
  if (value.length <= 16) return h('code', {}, value);
  return h('details', { class: 'short' }, h('summary', { title: value, 'aria-label': label ? label + ': ' + value : value },
    h('code', {}, value.slice(0, 8) + '…' + value.slice(-4))), h('code', { class: 'whole' }, value));
}
