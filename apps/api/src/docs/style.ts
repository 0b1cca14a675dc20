/** The reference page's stylesheet, inlined so the page needs nothing else. */
export const STYLE = `
:root{color-scheme:light dark;--fg:#1c1c1c;--bg:#fff;--mute:#666;--line:#ddd;--code:#f4f4f4;--accent:#0b6e4f}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#161616;--mute:#999;--line:#333;--code:#222;--accent:#4cc3a0}}
*{box-sizing:border-box}body{margin:0;display:flex;font:15px/1.55 system-ui,"Noto Naskh Arabic","IBM Plex Sans Arabic",sans-serif;color:var(--fg);background:var(--bg)}
nav{position:sticky;top:0;height:100vh;overflow:auto;width:300px;flex:none;padding:1rem;border-right:1px solid var(--line)}
nav h1{font-size:1.2rem;margin:0}nav ul{list-style:none;padding-left:.5rem}nav li{margin:.2rem 0}nav a{color:inherit;text-decoration:none}
.v{color:var(--mute);margin:.2rem 0 1rem}main{padding:1rem 2rem;max-width:1000px;min-width:0}
section{border-top:1px solid var(--line);padding:1rem 0}h3{margin:.2rem 0}h4{margin:.8rem 0 .3rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
code{background:var(--code);padding:0 .25rem;border-radius:3px;font-size:.88em;unicode-bidi:plaintext}
a{color:var(--accent)}.m{display:inline-block;min-width:3.6em;text-align:center;text-transform:uppercase;font-size:.75rem;font-weight:700;border-radius:3px;padding:0 .3rem;color:#fff}
.get{background:#2f7d32}.post{background:#1565c0}.delete{background:#c62828}.put,.patch{background:#8d6e00}
.req{color:#c62828;font-size:.75rem}.lock{font-size:.75rem;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;color:var(--mute)}
@media (max-width:800px){body{display:block}nav{position:static;height:auto;width:auto;border:0}}
`
