"""The Qt application: what the user sees. Talks to the portal only through `sync`, never over HTTP itself."""
