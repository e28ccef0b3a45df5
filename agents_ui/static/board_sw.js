// Shows the board's new-job notifications where a page may not construct them itself
// (Chrome on Android), and brings the board back when one is tapped. It handles no fetches.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL("/agent", self.location.origin).href;
  event.waitUntil((async () => {
    const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
    const board = open.find((c) => new URL(c.url).pathname === "/agent");
    if (board) return board.focus();
    return self.clients.openWindow(url);
  })());
});
