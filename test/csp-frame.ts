/**
 * Runs a probe script as the only script of an iframe under a Content-Security-Policy, and resolves to the report
 * it posts to its parent as `{ [key]: report }` (probes: test/formats/csp-probe.ts, test/model/html-csp-probe.ts).
 */
export async function probeUnderCsp<T>(script: string, key: string, policy: string): Promise<T> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${policy}">
      <script type="module" src="${script}"></script>`;
  const report = new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from ${script}`)), 15000);
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      const data = event.data as Record<string, unknown> | null;
      if (event.source !== frame.contentWindow || !data?.[key]) return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(data[key] as T);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}
