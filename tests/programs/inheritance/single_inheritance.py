class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return type(self).__name__
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('x'), Dog('rex'), Puppy('bit')]:
    print(a.speak(), a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy('p'), Dog))
print(Puppy.__mro__)
print(Puppy.__bases__, Dog.__base__, Animal.__base__, object.__bases__)
print(Dog.__subclasses__(), Animal.__subclasses__())
