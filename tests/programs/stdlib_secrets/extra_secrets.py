# token_urlsafe alphabet/length for many sizes, randbelow distribution sanity.
import secrets
print([len(secrets.token_urlsafe(n)) for n in range(0, 12)])
print(all(set(secrets.token_urlsafe(30)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(50)))
print(isinstance(secrets.randbits(64), int), secrets.DEFAULT_ENTROPY, secrets.token_bytes(0))
