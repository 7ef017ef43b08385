# secrets.SystemRandom and the re-exported compare_digest.
import secrets

r = secrets.SystemRandom()
print(type(r).__name__, isinstance(r, secrets.SystemRandom))
vals = [r.random() for _ in range(200)]
print(all(0.0 <= v < 1.0 for v in vals), len(set(vals)) > 190)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(200)))
items = list(range(20))
r.shuffle(items)
print(sorted(items) == list(range(20)))
sample = r.sample(range(100), 10)
print(len(sample), len(set(sample)), all(0 <= s < 100 for s in sample))
print(len(r.randbytes(12)), r.seed(5))
try:
    r.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest("abc", "abd"))
print(sorted(secrets.__all__))
