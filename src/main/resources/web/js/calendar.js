// A pathway as an iCalendar file (RFC 5545): one all-day event per step, from its first week to its last.

function escape(text) {
  return String(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// Lines longer than 75 octets are folded: CRLF and a space, never splitting a UTF-8 character.
function fold(line) {
  const bytes = new TextEncoder();
  const out = [];
  let current = '';
  for (const ch of line) {
    if (bytes.encode(current + ch).length > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  out.push(current);
  return out.join('\r\n ');
}

function day(date) {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

function plusDays(date, days) {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + days);
  return d;
}

/**
 * The calendar of {@code pathway} starting on {@code start} ('YYYY-MM-DD'): week w runs from start + 7(w-1) days
 * to start + 7w - 1, as the API's progress tracking counts it.
 */
export function calendar(pathway, targetTitle, start, now = new Date()) {
  const first = new Date(`${start}T00:00:00Z`);
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//credpath//pathway//EN', 'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escape(`Pathway to ${targetTitle}`)}`];
  pathway.steps.forEach((step, i) => {
    const hours = step.weeklyHours.map((h) => Math.round(h * 10) / 10);
    const cost = step.costKnown ? `${pathway.totals.currency} ${step.cost}` : 'unknown: ask the provider';
    lines.push('BEGIN:VEVENT',
      `UID:${day(first)}-${i + 1}-${step.credential.replace(/[^A-Za-z0-9.-]/g, '-')}@credpath`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day(plusDays(first, 7 * (step.startWeek - 1)))}`,
      `DTEND;VALUE=DATE:${day(plusDays(first, 7 * step.endWeek))}`,
      `SUMMARY:${escape(`Step ${i + 1}: ${step.title}`)}`,
      `DESCRIPTION:${escape(`${step.title} (${step.provider}). Weeks ${step.startWeek}-${step.endWeek}, hours a week: `
        + `${hours.join(', ')}. Cost: ${cost}. ${step.reasons.map((r) => r.text).join(' ')}`)}`,
      'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
