import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
print(len(gc.get_threshold()), isinstance(gc.get_count(), tuple))
class Box:
    pass
boxes = []
for i in range(100):
    b = Box()
    b.self_ref = b
    boxes.append(b)
del boxes, b
print('collected cycles:', gc.collect() >= 100)
print(gc.collect() >= 0)
