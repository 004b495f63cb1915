"""Key derivation, key slots, device binding and recovery codes (no Qt)."""
