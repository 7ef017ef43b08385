class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]'
print(Box[int], Box['x'])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class A(Base, tag='alpha'):
    pass
class B(Base):
    pass
print(Base.subclasses, A.tag, B.tag)
class Named:
    def __set_name__(self, owner, name):
        self.name = f'{owner.__name__}.{name}'
class Holder:
    first = Named()
    second = Named()
print(Holder.first.name, Holder.second.name)
