print(hash(3/2**70), bool(bytearray()), bool(bytearray(b"a")), 1336008489622263.25, 0.125, 2.5e-5)
try: float("nan").as_integer_ratio()
except ValueError as e: print(e)
