# A realistic use: password and recovery-code generation with validation rules.
import secrets
import string

alphabet = string.ascii_letters + string.digits


def make_password(length=12):
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if (any(c.islower() for c in pw) and any(c.isupper() for c in pw)
                and sum(c.isdigit() for c in pw) >= 3):
            return pw


pws = [make_password() for _ in range(20)]
print(all(len(p) == 12 for p in pws), all(sum(c.isdigit() for c in p) >= 3 for p in pws))
print(all(set(p) <= set(alphabet) for p in pws), len(set(pws)))

codes = ["-".join(secrets.token_hex(2) for _ in range(3)) for _ in range(8)]
print([len(c) for c in codes], all(c.count("-") == 2 for c in codes))
url = "https://example.invalid/reset?token=" + secrets.token_urlsafe(24)
print(len(url), url.startswith("https://example.invalid/reset?token="))
pin = str(secrets.randbelow(10**6)).zfill(6)
print(len(pin), pin.isdigit())
