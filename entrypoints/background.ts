export default defineBackground(() => {
  // Wiring is added by the feature modules (messages, save, context menu).
});
