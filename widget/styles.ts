/**
 * The widget's stylesheet (inside its shadow root). `:host` rules that must hold against a hostile
 * page use !important: in the cascade, a shadow tree's !important beats the page's !important,
 * while the page's normal rules would beat our normal `:host` rules.
 * Themeable through `--sdg-*` (light) and `--sdg-dark-*` (dark) custom properties and `::part()`.
 */
const LIGHT =
  '--bg:var(--sdg-bg,#fff);--fg:var(--sdg-fg,#1f2328);--mu:var(--sdg-muted,#57606a);--bd:var(--sdg-border,#d0d7de);--ac:var(--sdg-accent,#0550ae);--sub:var(--sdg-subtle,#f6f8fa);--off:var(--sdg-tile-off,#eaeef2);--offfg:var(--sdg-tile-off-fg,#57606a)';
const DARK =
  '--bg:var(--sdg-dark-bg,#0d1117);--fg:var(--sdg-dark-fg,#e6edf3);--mu:var(--sdg-dark-muted,#9da7b3);--bd:var(--sdg-dark-border,#3d444d);--ac:var(--sdg-dark-accent,#66b3ff);--sub:var(--sdg-dark-subtle,#161b22);--off:var(--sdg-dark-tile-off,#262c36);--offfg:var(--sdg-dark-tile-off-fg,#a8b1bb)';

/**
 * The CSS text (a constructed stylesheet, or a `<style>` where those do not exist). Page rules
 * cannot reach inside the shadow root and `.r{all:initial}` cuts what the host inherits, so
 * `.r *` only undoes user-agent defaults (margins, bold, link colours).
 */
export const CSS = `
:host{display:block!important;contain:layout!important;box-sizing:border-box!important;min-width:200px;max-width:100%;min-height:var(--sdg-min-height,160px);visibility:visible!important;opacity:1!important;position:relative!important;float:none!important;transform:none!important;text-align:start!important}
:host([variant=card]){min-height:var(--sdg-min-height,380px)}
:host([variant=full]){min-height:var(--sdg-min-height,560px)}
:host([hidden]){display:none!important}
.r{${LIGHT};all:initial;display:block;box-sizing:border-box;container-type:inline-size;background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:var(--sdg-radius,10px);padding:12px 14px;font:14px/1.45 var(--sdg-font,system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif);overflow-wrap:break-word;text-align:start}
:host([theme=dark]) .r{${DARK}}
@media (prefers-color-scheme:dark){:host(:not([theme=light])) .r{${DARK}}}
.r *{box-sizing:border-box;margin:0;padding:0;font:inherit;color:inherit}
.hd{display:flex;align-items:center;gap:10px;margin-bottom:10px}
.lg{flex:none;width:28px;height:28px;border-radius:50%;background:conic-gradient(#E5243B 0 6%,#DDA63A 0 12%,#4C9F38 0 18%,#C5192D 0 24%,#FF3A21 0 29%,#26BDE2 0 35%,#FCC30B 0 41%,#A21942 0 47%,#FD6925 0 53%,#DD1367 0 59%,#FD9D24 0 65%,#BF8B2E 0 71%,#3F7E44 0 76%,#0A97D9 0 82%,#56C02B 0 88%,#00689D 0 94%,#19486A 0);-webkit-mask:radial-gradient(circle,transparent 42%,#000 44%);mask:radial-gradient(circle,transparent 42%,#000 44%)}
.kk{font-size:12px;color:var(--mu);font-weight:600;text-transform:uppercase;letter-spacing:.04em}
.org{font-weight:700;font-size:15px;line-height:1.3}
.per{margin-inline-start:auto;font-size:12px;color:var(--mu);white-space:nowrap;align-self:flex-start}
.st{max-width:640px;display:grid;grid-template-columns:repeat(17,minmax(0,1fr));gap:3px;list-style:none}
@container (max-width:290px){.hd{flex-wrap:wrap}.st{grid-template-columns:repeat(9,minmax(0,1fr))}.g{grid-template-columns:auto 1fr}.g>.lv{grid-column:2;justify-self:start}.in,.dt{grid-column:1/-1}.dt{padding-inline-start:0}}
.t{height:30px;border-radius:4px;background:var(--off);color:var(--offfg);display:flex;flex-direction:column;align-items:center;justify-content:center;gap:3px;font-size:11px;font-weight:600;font-variant-numeric:tabular-nums}
.t.on{background:var(--c);color:var(--k)}
.ps{display:flex;gap:1px}
.ps i{display:block;width:2.5px;height:4px;border:1px solid currentColor;border-radius:1px}
.ps i.f{background:currentColor}
.sm{margin-top:8px;font-size:13px;color:var(--mu)}
.sm b{color:var(--fg);font-weight:700}
details>summary{cursor:pointer;list-style:none;display:inline-flex;align-items:center;gap:6px;border-radius:6px}
details>summary::-webkit-details-marker{display:none}
details>summary::before{content:"";width:0;height:0;border-style:solid;border-width:4px 0 4px 6px;border-color:transparent transparent transparent currentColor;transition:transform .15s}
details[open]>summary::before{transform:rotate(90deg)}
.mo{margin-top:6px;font-size:13px;color:var(--ac);font-weight:600}
.r a{color:var(--ac);text-decoration:underline;text-underline-offset:2px}
a:focus-visible,summary:focus-visible{outline:2px solid var(--ac);outline-offset:2px}
.gl{list-style:none;margin-top:10px;display:grid;grid-template-columns:minmax(0,1fr);gap:6px}
.g{display:grid;grid-template-columns:auto 1fr auto;gap:2px 10px;align-items:center;padding:7px 8px;border-radius:8px;background:var(--sub)}
.g>*{min-width:0}
.g>details{grid-column:1/-1}
.ch{width:28px;height:28px;border-radius:6px;background:var(--c);color:var(--k);display:grid;place-items:center;font-weight:700;font-size:13px;font-variant-numeric:tabular-nums}
.gn{font-weight:600;line-height:1.25;min-width:0}
.lv{display:inline-flex;align-items:center;gap:6px;font-size:12px;font-weight:600;border:1px solid var(--bd);border-radius:999px;padding:1px 8px 1px 6px;white-space:nowrap;background:var(--bg)}
.lv .ps i{height:8px;width:3px}
.in{grid-column:2/-1;font-size:12.5px;color:var(--mu);min-width:0}
.in b{color:var(--fg);font-weight:600}
.dt{grid-column:1/-1;font-size:13px;display:grid;grid-template-columns:minmax(0,1fr);gap:4px;padding:4px 0 2px 38px}
.dt .mu,.mu{color:var(--mu)}
.adj{border-inline-start:3px solid var(--ac);padding-inline-start:8px}
.rk{margin-top:12px;padding-top:10px;border-top:1px solid var(--bd);display:grid;gap:4px;font-size:13px}
.rl{display:flex;align-items:center;gap:8px;font-weight:600}
.dot{width:10px;height:10px;border-radius:50%;background:var(--rc);flex:none}
.low{--rc:#2da44e}.medium{--rc:#d4a72c}.high{--rc:#cf222e}
.cr{display:flex;flex-wrap:wrap;gap:4px;list-style:none}
.cr li{font-size:12px;border:1px solid var(--bd);border-radius:6px;padding:1px 6px}
.leg{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(170px,100%),1fr));gap:6px 14px;margin-top:12px;font-size:12px;color:var(--mu);list-style:none}
.leg li{display:grid;grid-template-columns:auto 1fr;gap:0 6px;align-items:center}
.leg li>span:last-child{grid-column:2}
.leg b{color:var(--fg);font-weight:600}
.src{margin-top:10px;font-size:13px;display:grid;grid-template-columns:minmax(0,1fr);gap:3px}
.src ul,.dt ul{list-style:none;display:grid;grid-template-columns:minmax(0,1fr);gap:4px}
.r li>a{display:inline-block;padding:3px 0;max-width:100%;overflow-wrap:anywhere}
.ft{margin-top:10px;font-size:12px;color:var(--mu)}
.sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.r.e{border:0;padding:0;background:none}
.err{display:flex;gap:8px;align-items:flex-start;font-size:13px;border:1px solid #cf222e;border-inline-start-width:4px;border-radius:8px;padding:8px 10px;margin-bottom:8px;background:var(--bg);color:var(--fg)}
@media (prefers-reduced-motion:reduce){details>summary::before{transition:none}}
`;
