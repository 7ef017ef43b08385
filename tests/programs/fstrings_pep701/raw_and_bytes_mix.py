path = 'dir'
print(rf"C:\{path}\file")
print(fr'\d+{path}\s')
print(Rf"{path}\n" + f"{path}\n", end='')
print(rb'\x00'.hex(), f"{b'bytes in fstring'!r}")
print(f"{r'\n raw in expr'}")
s = 'x'
print(f"{s}" "plain" f"{s}" r"\raw", 'concat')
