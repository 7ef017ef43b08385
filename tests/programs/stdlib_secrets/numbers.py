# randbelow / randbits / choice stay within their bounds.
import secrets

print(all(0 <= secrets.randbelow(10) < 10 for _ in range(500)))
print({secrets.randbelow(1) for _ in range(20)})
print(all(0 <= secrets.randbelow(2**70) < 2**70 for _ in range(100)))
seen = {secrets.randbelow(4) for _ in range(400)}
print(sorted(seen))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(300)), secrets.randbits(0))
print(all(secrets.randbits(100).bit_length() <= 100 for _ in range(50)))
deck = ["ace", "king", "queen", "jack"]
picks = {secrets.choice(deck) for _ in range(300)}
print(sorted(picks), secrets.choice("x"), secrets.choice((7,)))
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-5), lambda: secrets.randbits(-1),
             lambda: secrets.choice([]), lambda: secrets.choice("")]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
