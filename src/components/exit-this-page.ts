/**
 * "Keluar cepat": the button leaves with location.replace (no way back with the Back button),
 * and Shift pressed three times does the same (GOV.UK exit-this-page). Markup: ./ExitButton.astro.
 */
const exit = document.querySelector<HTMLAnchorElement>('[data-exit-this-page]');
if (exit) {
  const leave = () => {
    document.body.hidden = true;
    location.replace(exit.href);
  };
  exit.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });
  let presses = 0;
  let last = -Infinity;
  let heldForAnotherKey = false;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Shift') return;
    presses = 0;
    heldForAnotherKey = event.shiftKey;
  });
  document.addEventListener('keyup', (event) => {
    if (event.key !== 'Shift') return;
    // Shift released after typing a capital letter is not a press of its own.
    if (heldForAnotherKey) {
      heldForAnotherKey = false;
      return;
    }
    presses = event.timeStamp - last < 1000 ? presses + 1 : 1;
    last = event.timeStamp;
    if (presses >= 3) leave();
  });
}
export {};
