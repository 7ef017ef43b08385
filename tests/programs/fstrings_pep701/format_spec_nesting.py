width, prec = 12, 3
value = 3.14159265
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:{'>' if width > 10 else '<'}{width}.{prec}}]")
print(f"[{'text':{'*'}^{width}}]")
print(f"[{42:{f'{0}{5}'}d}]")
fill = '_'
print(f"[{'x':{fill}<{width // 2}}]")
print(f"{value:.{prec}e}", f"{1234567:{','}}", f"{255:#{'x'}}")
