// What several bench scripts measure the same way.

/** Types `typed` into `#search` `runs` times; for each keystroke, the time
 * until the page has handled it (rendered, before the next task) and the
 * time until the frame that shows it begins, in ms. */
export async function typing(page, typed, runs) {
  return page.evaluate(async ({ typed, runs }) => {
    const box = document.getElementById('search');
    box.focus();
    const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    const times = [], work = [];
    for (let r = 0; r < runs; r++) {
      box.value = '';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await frame();
      for (let i = 1; i <= typed.length; i++) {
        const t0 = performance.now();
        box.value = typed.slice(0, i);
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((ok) => setTimeout(ok, 0));
        work.push(performance.now() - t0);
        // The frame that shows the results begins.
        await new Promise((ok) => requestAnimationFrame(ok));
        times.push(performance.now() - t0);
        // Let what waits a frame (the columns' marks) finish before the next key.
        await frame();
        await frame();
      }
    }
    return { times, work };
  }, { typed, runs });
}
