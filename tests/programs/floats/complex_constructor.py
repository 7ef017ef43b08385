print(complex("-1.5e3-2j"), complex("(3+4J)"), complex("j"), complex("-j"), complex(real=1, imag=2), complex(1j, 1j), complex("1e-3"))
for b in ("1+", "", "1 + 2j", "abc"):
    try: complex(b)
    except ValueError as e: print(e)
try: complex("1", 2)
except TypeError as e: print(e)
try: complex([])
except TypeError as e: print(e)
