"""The search popup: query box, result list, reply preview, customer bar, selection query."""
