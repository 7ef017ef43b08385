# raytrace: a small recursive ray tracer (spheres, a checkered plane, point
# lights, diffuse/specular shading, shadows and reflections). Renders an
# n x n image and prints a checksum of the 8-bit pixel values.
# quick: 12
import sys
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y,
                   self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        l = self.length()
        return Vec(self.x / l, self.y / l, self.z / l)

    def reflect(self, n):
        return self - n * (2.0 * self.dot(n))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, k):
        return Color(self.r * k, self.g * k, self.b * k)

    def mul(self, o):
        return Color(self.r * o.r, self.g * o.g, self.b * o.b)

    def to_bytes(self):
        return tuple(max(0, min(255, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
BACKGROUND = Color(0.05, 0.07, 0.12)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Surface:
    def __init__(self, diffuse, specular, roughness, reflect):
        self.diffuse = diffuse
        self.specular = specular
        self.roughness = roughness
        self.reflect = reflect

    def diffuse_at(self, pos):
        return self.diffuse


class Checker(Surface):
    def diffuse_at(self, pos):
        if (math.floor(pos.x) + math.floor(pos.z)) % 2 == 0:
            return Color(0.9, 0.9, 0.9)
        return Color(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, center, radius, surface):
        self.center = center
        self.radius2 = radius * radius
        self.surface = surface

    def intersect(self, ray):
        oc = self.center - ray.origin
        b = oc.dot(ray.direction)
        if b < 0.0:
            return None
        disc = self.radius2 - (oc.dot(oc) - b * b)
        if disc < 0.0:
            return None
        t = b - math.sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, pos):
        return (pos - self.center).norm()


class Plane:
    def __init__(self, normal, offset, surface):
        self.n = normal
        self.offset = offset
        self.surface = surface

    def intersect(self, ray):
        denom = self.n.dot(ray.direction)
        if denom > 0.0:
            return None
        t = -(self.n.dot(ray.origin) + self.offset) / denom
        return t if t > 1e-6 else None

    def normal(self, pos):
        return self.n


class Light:
    def __init__(self, pos, color):
        self.pos = pos
        self.color = color


class Camera:
    def __init__(self, pos, look_at):
        self.pos = pos
        down = Vec(0.0, -1.0, 0.0)
        self.forward = (look_at - pos).norm()
        self.right = self.forward.cross(down).norm() * 1.5
        self.up = self.forward.cross(self.right).norm() * 1.5


class Scene:
    MAX_DEPTH = 4

    def __init__(self):
        shiny = Surface(Color(1.0, 1.0, 1.0), Color(0.5, 0.5, 0.5), 50.0, 0.6)
        matte = Surface(Color(0.8, 0.3, 0.2), Color(0.2, 0.2, 0.2), 10.0, 0.1)
        self.things = [
            Plane(Vec(0.0, 1.0, 0.0), 0.0, Checker(None, Color(1.0, 1.0, 1.0), 150.0, 0.5)),
            Sphere(Vec(0.0, 1.0, -0.25), 1.0, shiny),
            Sphere(Vec(-1.0, 0.5, 1.5), 0.5, shiny),
            Sphere(Vec(1.6, 0.6, 0.8), 0.6, matte),
        ]
        self.lights = [
            Light(Vec(-2.0, 2.5, 0.0), Color(0.49, 0.07, 0.07)),
            Light(Vec(1.5, 2.5, 1.5), Color(0.07, 0.07, 0.49)),
            Light(Vec(1.5, 2.5, -1.5), Color(0.07, 0.49, 0.071)),
            Light(Vec(0.0, 3.5, 0.0), Color(0.21, 0.21, 0.35)),
        ]
        self.camera = Camera(Vec(3.0, 2.0, 4.0), Vec(-1.0, 0.5, 0.0))

    def closest(self, ray):
        best = None
        best_t = 1e30
        for thing in self.things:
            t = thing.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = thing
        return best, best_t

    def trace(self, ray, depth):
        thing, t = self.closest(ray)
        if thing is None:
            return BACKGROUND
        return self.shade(thing, ray, ray.at(t), depth)

    def shade(self, thing, ray, pos, depth):
        n = thing.normal(pos)
        d = ray.direction
        refl_dir = d.reflect(n)
        surf = thing.surface
        color = BLACK
        base = surf.diffuse_at(pos)
        for light in self.lights:
            ldist = light.pos - pos
            lvec = ldist.norm()
            blocker, bt = self.closest(Ray(pos, lvec))
            if blocker is not None and bt * bt <= ldist.dot(ldist):
                continue
            illum = lvec.dot(n)
            if illum > 0.0:
                color = color + light.color.mul(base).scale(illum)
            spec = lvec.dot(refl_dir.norm())
            if spec > 0.0:
                color = color + light.color.mul(surf.specular).scale(spec ** surf.roughness)
        if depth < self.MAX_DEPTH and surf.reflect > 0.0:
            bounced = self.trace(Ray(pos, refl_dir), depth + 1)
            color = color + bounced.scale(surf.reflect)
        return color

    def render(self, width, height):
        cam = self.camera
        rows = []
        for y in range(height):
            row = []
            for x in range(width):
                px = (x - width / 2.0) / 2.0 / width
                py = -(y - height / 2.0) / 2.0 / height
                direction = (cam.forward + cam.right * px + cam.up * py).norm()
                row.append(self.trace(Ray(cam.pos, direction), 0).to_bytes())
            rows.append(row)
        return rows


def main(n):
    image = Scene().render(n, n)
    checksum = 0
    total = [0, 0, 0]
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            total[0] += r
            total[1] += g
            total[2] += b
    print("size %dx%d" % (n, n))
    print("sum rgb", total)
    print("checksum", checksum)
    mid = image[n // 2]
    print("middle row sample", mid[::max(1, n // 8)])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 180)
