"""The web UI: HTML pages and their scripts and styles, shipped in the package (no CDN).

Pages are static shells; their scripts fetch the JSON API and build the DOM with
`textContent` and `setAttribute` only, so article text is never parsed as HTML.
"""
