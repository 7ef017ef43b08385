class Point:
    def __init__(self):
        self.distance = 1
try:
    Point().distanse
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
try:
    lenn([])
except NameError as e:
    print(repr(e.name), e)
Point().Distance
