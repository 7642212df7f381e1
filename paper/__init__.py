"""Reports on paper: a `sync.reports` Report laid out in Qt as PDF pages, for a printer and for the preview.

It sits between the callers (the desktop, the command line) and `sync`, which never imports Qt."""
