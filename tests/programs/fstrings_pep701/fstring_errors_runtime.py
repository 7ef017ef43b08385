cases = [
    lambda: f"{undefined_name}",
    lambda: f"{1:z}",
    lambda: f"{'s':d}",
    lambda: f"{1 / 0}",
    lambda: f"{[][0]}",
    lambda: f"{object():abc}",
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
