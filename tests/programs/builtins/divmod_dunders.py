class Idx:
    def __index__(self): return 2
print(complex(Idx()), complex(Idx(), Idx()))
print(int.__divmod__(7, 2), int.__rdivmod__(2, 7), float.__divmod__(7.5, 2), (7).__divmod__(2.0))
print(divmod(7, 2) == int.__divmod__(7, 2))
class MyInt(int):
    def __divmod__(self, o): return ("mine", super().__divmod__(o))
print(divmod(MyInt(9), 4))
