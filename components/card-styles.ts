/**
 * Styles of the in-page UI (shadow root). `:host{all:initial}` keeps the page's CSS out; every
 * size is in px because the page's root font size is not ours.
 */
export const CARD_CSS = `
:host{all:initial}
.sdg-layer{position:fixed;inset:0 auto auto 0;width:0;height:0;z-index:2147483647}
.sdg-card{position:relative;box-sizing:border-box;width:360px;max-width:calc(100vw - 16px);max-height:min(70vh,520px);overflow:auto;
  background:#fff;color:#1f2328;border:1px solid #d0d7de;border-radius:10px;box-shadow:0 8px 28px rgba(0,0,0,.22),0 1px 3px rgba(0,0,0,.12);
  font:13px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;padding:10px 12px 8px;text-align:left}
.sdg-card *{box-sizing:border-box}
.sdg-card p{margin:0}
.sdg-close{position:absolute;top:6px;right:6px;width:28px;height:28px;border:0;border-radius:6px;background:transparent;color:#57606a;
  font:20px/1 system-ui,sans-serif;cursor:pointer}
.sdg-close:hover{background:#f3f4f6;color:#000}
.sdg-close:focus-visible{outline:2px solid #0969da;outline-offset:1px}
.sdg-section{padding:6px 0 8px}
.sdg-section + .sdg-section{border-top:1px solid #eaeef2;padding-top:8px}
.sdg-kind{font-size:11px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:#57606a;margin-bottom:6px!important;padding-right:28px;display:flex;align-items:center;gap:6px}
.sdg-goal-row{display:flex;gap:10px;align-items:center;margin:4px 0}
.sdg-chip{display:inline-flex;flex:none;align-items:center;justify-content:center;border-radius:5px;font-weight:700;font-family:system-ui,sans-serif}
.sdg-chip-wheel{border-radius:50%}
.sdg-goal-name{font-weight:600;font-size:14px}
.sdg-goal-title{color:#424a53;font-size:12.5px}
.sdg-official{margin-top:6px!important;padding:6px 8px;background:#f6f8fa;border-radius:6px;font-size:12.5px;color:#24292f}
.sdg-matched,.sdg-terms{margin-top:6px!important;font-size:12.5px}
.sdg-matched q{font-style:italic}
.sdg-label{color:#57606a}
.sdg-more{font-size:12px;color:#57606a}
.sdg-score{font-weight:400;color:#57606a;font-size:12px}
.sdg-theme + .sdg-theme{margin-top:6px}
.sdg-term{display:inline-block;margin:2px 4px 0 0;padding:0 6px;border-radius:10px;background:#eef1f4;font-size:12px}
.sdg-crit{display:inline-block;padding:0 5px;margin-right:4px;border-radius:4px;background:#fff1e8;color:#8a3300;font-size:12px;font-weight:700}
.sdg-flag-mark{flex:none}
.sdg-explanation{margin-top:4px!important}
.sdg-facts{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0 0;font-size:12px}
.sdg-facts dt{color:#57606a}
.sdg-facts dd{margin:0}
.sdg-source{color:#424a53}
.sdg-footer{display:flex;justify-content:space-between;gap:8px;border-top:1px solid #eaeef2;padding-top:6px;margin-top:2px!important;font-size:11.5px;color:#57606a}
.sdg-toast{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:min(420px,calc(100vw - 32px));padding:10px 14px;border-radius:8px;background:#1b1f24;color:#fff;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3);border-left:6px solid #4c9f38}
.sdg-toast[data-tone="error"]{border-left-color:#e5243b}
.sdg-toast[hidden]{display:none}
.sdg-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
`;
