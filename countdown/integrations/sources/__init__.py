"""Subscriptions' outside half: bounded HTTP, the three feed readers, and one refresh of them all."""
