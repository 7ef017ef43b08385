# RGB <-> HSV: the six hue sectors, value kept as given, odd inputs.
import colorsys

for i in range(13):
    h = i / 12
    rgb = colorsys.hsv_to_rgb(h, 1.0, 1.0)
    print(i, rgb, colorsys.rgb_to_hsv(*rgb))

print('partial saturation / value:')
for hsv in [(0.1, 0.5, 0.5), (0.6, 0.25, 0.8), (0.95, 0.9, 0.1), (0.5, 1, 1),
            (1.0, 1, 1), (-0.1, 1, 1), (2.3, 0.5, 1), (0.3, 0, 0.7), (0.3, 0, 1)]:
    print(hsv, colorsys.hsv_to_rgb(*hsv))

print('rgb_to_hsv keeps the maximum channel object:')
for rgb in [(1, 1, 1), (0, 0, 0), (1, 0.5, 0), (0.25, 1, 0.75), (2, 3, 4),
            (0.1, 0.1, 0.2), (1.0, 1, 0), (1, 1.0, 0)]:
    print(rgb, colorsys.rgb_to_hsv(*rgb))
