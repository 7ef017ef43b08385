x = 5
if x is 5: pass
print("\d")
print(b"\q", "\400", r"\d", "ok\n", f"a\d{x}")
y = None()
