"""The offline replica and the way to the portal: cache, outbox, API client and sync engine. Never imports Qt."""
