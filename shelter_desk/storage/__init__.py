"""Storage: the SQLCipher database, its models and migrations, the vault folder."""
