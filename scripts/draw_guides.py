#!/usr/bin/env python3
"""Draw the measuring-guide illustrations, assets/guides/svg/<guide_id>.svg, from one shared figure.

Why a script: seventeen body guides, a garment guide and a camera-stance guide must look like one
set. Every picture is built here from the same figure geometry (front, back and side views, a
hand and a foot), the same palette (assets/guides/style.toml) and the same tape, landmark and
prop helpers, so a change of style is one edit and a re-run. The SVGs are committed; the app
never runs this script.

Drawing conventions:
- the figure is a neutral mannequin: shapes are filled in ``figure_fill`` and outlined once
  around their union (every layer is stroked thick in the outline colour, then filled on top,
  so shapes of one layer merge without seams; a later layer, e.g. an arm in front of the torso
  in side view, keeps its own outline);
- the tape is the only saturated colour; on a girth the front of the loop is solid and the part
  behind the body is dashed and thinner;
- landmarks the tape passes are small dark dots with a white ring, never labelled (the texts
  name them, in the reader's language);
- every picture has the same 4:5 frame; close-ups zoom the same figure, with line widths scaled
  so the strokes look the same at every zoom.
No ids, no <defs>, no external references: the SVGs are pasted inline into HTML as they are.

Usage:  python scripts/draw_guides.py            # rewrite every SVG
        python scripts/draw_guides.py --check    # exit 1 if a committed SVG is out of date
"""
from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sizer.atomic import atomic_write_text  # noqa: E402
from sizer.dimensions import DIMENSION_IDS  # noqa: E402
from sizer.toml_compat import tomllib  # noqa: E402

OUT_DIR = REPO / "assets" / "guides" / "svg"
COLOURS = tomllib.loads((REPO / "assets" / "guides" / "style.toml").read_text(encoding="utf-8"))["colours"]

FRAME_W, FRAME_H = 400, 500  # every SVG's size; close-ups zoom with a 4:5 viewBox
OUTLINE_W = 1.6  # visible outline width at full-body zoom, in figure units
TAPE_W = 4.2
TAPE_BACK_W = 2.4
LANDMARK_R = 3.6
FLOOR_Y = 470.0
CENTRE_X = 200.0

Point = tuple[float, float]


def fmt(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def pts(points: list[Point]) -> str:
    return " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)


# ---------------------------------------------------------------------------------------------
# Primitive shapes: geometry only; the layer sets fill and stroke.

def circle(c: Point, r: float) -> str:
    return f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}"/>'


def ellipse(c: Point, rx: float, ry: float, angle_deg: float = 0.0) -> str:
    rotate = f' transform="rotate({fmt(angle_deg)} {fmt(c[0])} {fmt(c[1])})"' if angle_deg else ""
    return f'<ellipse cx="{fmt(c[0])}" cy="{fmt(c[1])}" rx="{fmt(rx)}" ry="{fmt(ry)}"{rotate}/>'


def polygon(points: list[Point]) -> str:
    return f'<polygon points="{pts(points)}"/>'


def path(d: str) -> str:
    return f'<path d="{d}"/>'


def smooth_d(points: list[Point], closed: bool) -> str:
    """A Catmull-Rom spline through ``points`` as cubic Bézier path data."""
    n = len(points)
    get = (lambda i: points[i % n]) if closed else (lambda i: points[max(0, min(n - 1, i))])
    d = [f"M{fmt(points[0][0])},{fmt(points[0][1])}"]
    for i in range(n if closed else n - 1):
        p0, p1, p2, p3 = get(i - 1), get(i), get(i + 1), get(i + 2)
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C{fmt(c1[0])},{fmt(c1[1])} {fmt(c2[0])},{fmt(c2[1])} {fmt(p2[0])},{fmt(p2[1])}")
    if closed:
        d.append("Z")
    return " ".join(d)


def mirror(points: list[Point]) -> list[Point]:
    return [(2 * CENTRE_X - x, y) for x, y in points]


def capsule(c1: Point, r1: float, c2: Point, r2: float) -> list[str]:
    """Two circles and the quadrilateral between their outer tangents: a tapered limb segment."""
    dx, dy = c2[0] - c1[0], c2[1] - c1[1]
    d = math.hypot(dx, dy)
    ux, uy = dx / d, dy / d
    s = (r1 - r2) / d
    c = math.sqrt(max(0.0, 1 - s * s))
    quad = []
    for sign in (1, -1):
        nx, ny = s * ux - sign * c * uy, s * uy + sign * c * ux
        quad.append((c1[0] + r1 * nx, c1[1] + r1 * ny))
        quad.append((c2[0] + r2 * nx, c2[1] + r2 * ny))
    quad = [quad[0], quad[1], quad[3], quad[2]]
    return [circle(c1, r1), circle(c2, r2), polygon(quad)]


def limb(chain: list[tuple[Point, float]]) -> list[str]:
    shapes: list[str] = []
    for (a, ra), (b, rb) in zip(chain, chain[1:]):
        shapes += capsule(a, ra, b, rb)
    return shapes


def along(origin: Point, angle_deg: float, length: float, outward: int = 1) -> Point:
    """The point ``length`` from ``origin`` at ``angle_deg`` from straight down (positive: outward)."""
    a = math.radians(angle_deg)
    return origin[0] + outward * length * math.sin(a), origin[1] + length * math.cos(a)


# ---------------------------------------------------------------------------------------------
# The picture: a zoomed 4:5 frame, layers of figure and props, tape and landmarks on top.

@dataclass
class Picture:
    centre: Point
    height: float  # of the visible region, in figure units
    parts: list[str] = field(default_factory=list)

    @property
    def zoom(self) -> float:
        """Figure units per full-body unit: line widths are multiplied by it to look the same."""
        return self.height / 480.0

    def viewbox(self) -> str:
        w = self.height * FRAME_W / FRAME_H
        return f"{fmt(self.centre[0] - w / 2)} {fmt(self.centre[1] - self.height / 2)} {fmt(w)} {fmt(self.height)}"

    def layer(self, shapes: list[str], fill: str | None = None, outline: str | None = None,
              width: float = OUTLINE_W) -> None:
        fill = fill or COLOURS["figure_fill"]
        outline = outline or COLOURS["figure_outline"]
        w = 2 * width * self.zoom
        body = "".join(shapes)
        self.parts.append(f'<g fill="{outline}" stroke="{outline}" stroke-width="{fmt(w)}" '
                          f'stroke-linejoin="round">{body}</g>')
        self.parts.append(f'<g fill="{fill}" stroke="none">{body}</g>')

    def details(self, ds: list[str], width: float = 1.1, colour: str | None = None) -> None:
        colour = colour or COLOURS["detail"]
        body = "".join(path(d) for d in ds)
        self.parts.append(f'<g fill="none" stroke="{colour}" stroke-width="{fmt(width * self.zoom)}" '
                          f'stroke-linecap="round" stroke-linejoin="round">{body}</g>')

    def filled(self, shapes: list[str], colour: str) -> None:
        self.parts.append(f'<g fill="{colour}" stroke="none">{"".join(shapes)}</g>')

    # -- the tape --------------------------------------------------------------------------
    def _tape(self, d: str, width: float, dashed: bool = False) -> None:
        dash = f' stroke-dasharray="{fmt(5 * self.zoom)} {fmt(4 * self.zoom)}"' if dashed else ""
        self.parts.append(f'<path d="{d}" fill="none" stroke="{COLOURS["tape"]}" '
                          f'stroke-width="{fmt(width * self.zoom)}" stroke-linecap="round" '
                          f'stroke-linejoin="round"{dash}/>')

    def girth(self, c: Point, rx: float, ry: float, angle_deg: float = 0.0) -> None:
        """A tape loop seen from slightly above: solid in front, dashed behind the body."""
        x, y = c
        back = f"M{fmt(x - rx)},{fmt(y)} A{fmt(rx)},{fmt(ry)} 0 0 1 {fmt(x + rx)},{fmt(y)}"
        front = f"M{fmt(x - rx)},{fmt(y)} A{fmt(rx)},{fmt(ry)} 0 0 0 {fmt(x + rx)},{fmt(y)}"
        if angle_deg:
            self.parts.append(f'<g transform="rotate({fmt(angle_deg)} {fmt(x)} {fmt(y)})">')
        self._tape(back, TAPE_BACK_W, dashed=True)
        self._tape(front, TAPE_W)
        if angle_deg:
            self.parts.append("</g>")

    def straight(self, a: Point, b: Point, ticks: bool = True) -> None:
        """A tape held straight from ``a`` to ``b``, with end marks across it."""
        self._tape(f"M{fmt(a[0])},{fmt(a[1])} L{fmt(b[0])},{fmt(b[1])}", TAPE_W)
        if ticks:
            self.tick(a, b)
            self.tick(b, a)

    def tick(self, at: Point, towards: Point, length: float = 7.0) -> None:
        """An end mark across the tape at ``at``, square to the direction of ``towards``."""
        dx, dy = towards[0] - at[0], towards[1] - at[1]
        d = math.hypot(dx, dy)
        nx, ny = -dy / d * length * self.zoom, dx / d * length * self.zoom
        self._tape(f"M{fmt(at[0] - nx)},{fmt(at[1] - ny)} L{fmt(at[0] + nx)},{fmt(at[1] + ny)}", TAPE_W * 0.7)

    def along_body(self, points: list[Point]) -> None:
        """A tape following the body through ``points`` (a smooth curve), with end marks."""
        self._tape(smooth_d(points, closed=False), TAPE_W)
        self.tick(points[0], points[1])
        self.tick(points[-1], points[-2])

    def landmarks(self, points: list[Point]) -> None:
        r, ring = LANDMARK_R * self.zoom, 1.3 * self.zoom
        dots = "".join(circle(p, r) for p in points)
        self.parts.append(f'<g fill="{COLOURS["landmark"]}" stroke="{COLOURS["landmark_ring"]}" '
                          f'stroke-width="{fmt(ring)}">{dots}</g>')

    def svg(self, title: str) -> str:
        body = "\n".join(self.parts)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{FRAME_W}" height="{FRAME_H}" '
                f'viewBox="{self.viewbox()}">\n<title>{title}</title>\n{body}\n</svg>\n')


# ---------------------------------------------------------------------------------------------
# The figure, 440 units from the top of the head (y=30) to the floor (y=470), centred on x=200.

HEAD_C, HEAD_RX, HEAD_RY = (200.0, 57.0), 20.5, 27.0
SHOULDER_JOINT = (241.0, 118.0)
UPPER_ARM, FOREARM = 74.0, 64.0

# The right half of the torso seen from the front, from the base of the neck to the crotch.
TORSO_FRONT_RIGHT: list[Point] = [
    (209, 95), (224, 100), (240, 106), (250, 115), (247, 128), (241, 140), (239, 152), (236, 168),
    (230, 190), (233, 208), (240, 225), (243, 240), (238, 253), (222, 260), (206, 261),
]
TORSO_FRONT = TORSO_FRONT_RIGHT + [(200, 259)] + mirror(TORSO_FRONT_RIGHT)[::-1]

HIP_JOINT = (220.0, 246.0)
LEG_FRONT_RIGHT: list[tuple[Point, float]] = [
    ((220, 246), 21.5), ((218, 300), 16.5), ((214, 358), 11.0), ((216, 392), 12.0), ((212, 452), 5.8),
]


@dataclass(frozen=True)
class ArmPose:
    upper_deg: float = 14.0  # from straight down, outward
    fore_deg: float = 10.0

    def joints(self, shoulder: Point, outward: int) -> tuple[Point, Point, Point]:
        elbow = along(shoulder, self.upper_deg, UPPER_ARM, outward)
        wrist = along(elbow, self.fore_deg, FOREARM, outward)
        return shoulder, elbow, wrist


def arm_shapes(shoulder: Point, elbow: Point, wrist: Point) -> list[str]:
    dx, dy = wrist[0] - elbow[0], wrist[1] - elbow[1]
    d = math.hypot(dx, dy)
    hand_c = (wrist[0] + dx / d * 15, wrist[1] + dy / d * 15)
    angle = math.degrees(math.atan2(dy, dx)) - 90
    return limb([(shoulder, 12.5), (elbow, 8.6), (wrist, 5.8)]) + [ellipse(hand_c, 7.2, 16.5, angle)]


def spread(points: list[Point], degrees: float, pivot: Point = HIP_JOINT) -> list[Point]:
    """Swing points of the right leg outward about the hip joint (feet apart)."""
    a = math.radians(degrees)
    cx, cy = pivot
    return [(cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a), cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a))
            for x, y in points]


def front_figure(pic: Picture, view: str = "front", right_arm: ArmPose = ArmPose(),
                 left_arm: ArmPose = ArmPose(), bust: bool = False, feet_apart_deg: float = 0.0) -> dict[str, Point]:
    """Draw the figure from the front (or the back: same outline, other details); return landmarks."""
    left_shoulder = mirror([SHOULDER_JOINT])[0]
    r_joints = right_arm.joints(SHOULDER_JOINT, +1)
    l_joints = left_arm.joints(left_shoulder, -1)
    shapes = [path(smooth_d(TORSO_FRONT, closed=True))]
    joints = spread([c for c, _ in LEG_FRONT_RIGHT] + [(213.5, 463)], feet_apart_deg)
    leg = list(zip(joints, [r for _, r in LEG_FRONT_RIGHT]))
    shapes += limb(leg) + limb([(mirror([c])[0], r) for c, r in leg])
    shapes += [ellipse(joints[-1], 9.5, 7.5), ellipse(mirror([joints[-1]])[0], 9.5, 7.5)]
    shapes += arm_shapes(*r_joints) + arm_shapes(*l_joints)
    shapes += [polygon([(191, 76), (209, 76), (211, 100), (189, 100)])]
    pic.layer(shapes)
    pic.layer([ellipse(HEAD_C, HEAD_RX, HEAD_RY)])
    if view == "front":
        ds = ["M187,108 Q194,111 198,109", "M213,108 Q206,111 202,109", "M197.5,203 a2,2 0 1,0 0.01,0"]
        if bust:
            ds += ["M176,150 C178,166 193,169 198,160", "M224,150 C222,166 207,169 202,160"]
        pic.details(ds)
    else:
        pic.details(["M200,104 L200,222", "M178,128 Q184,146 195,150", "M222,128 Q216,146 205,150",
                     "M191,70 Q200,73 209,70"])
    return {
        "neck_front": (200, 100), "neck_side_right": (211, 97),
        "armpit_right": (238, 141), "armpit_left": (162, 141),
        "acromion_right": (249, 111), "acromion_left": (151, 111), "nape": (200, 96),
        "elbow_right": r_joints[1], "wrist_right": r_joints[2],
        "crotch": (200, 259),
    }


# Side view, facing right (the front of the body is at larger x).
TORSO_SIDE: list[Point] = [
    (188, 97), (183, 112), (180, 130), (180, 150), (184, 172), (189, 192), (186, 210), (179, 230),
    (180, 248), (192, 259), (212, 258), (221, 242), (220, 224), (216, 206), (213, 192), (217, 176),
    (224, 157), (223, 136), (217, 116), (211, 99),
]
LEG_SIDE: list[tuple[Point, float]] = [
    ((201, 248), 20.0), ((204, 300), 16.5), ((207, 358), 11.5), ((200, 393), 12.8), ((203, 450), 6.2),
]
FOOT_SIDE: list[Point] = [(194, 471), (189, 462), (195, 449), (209, 448), (222, 456), (236, 462), (242, 468),
                          (236, 472)]
SIDE_SHOULDER = (200.0, 119.0)
# The head in profile, facing right: crown, forehead, brow, nose, lips, chin, jaw, back of the skull.
HEAD_SIDE: list[Point] = [
    (198, 30), (211, 33), (219, 42), (221.5, 50), (220.5, 54), (225, 62), (221, 65), (222, 69), (220.5, 72),
    (219, 78), (212, 82), (201, 80), (190, 76), (180, 66), (176.5, 52), (182, 37),
]


def side_figure(pic: Picture, arm: tuple[float, float] = (-3.0, 4.0), bent: bool = False) -> dict[str, Point]:
    """Draw the figure from its right side; ``arm`` is (upper, fore) degrees, positive forward."""
    shapes = [path(smooth_d(TORSO_SIDE, closed=True))]
    shapes += limb(LEG_SIDE) + [path(smooth_d(FOOT_SIDE, closed=True))]
    shapes += [polygon([(190, 76), (209, 78), (213, 101), (186, 101)])]
    pic.layer(shapes)
    pic.layer([path(smooth_d(HEAD_SIDE, closed=True))])
    pic.details(["M192,55 C199,52 199,69 192,67"])  # the ear
    elbow = along(SIDE_SHOULDER, arm[0], UPPER_ARM, +1)
    if bent:
        wrist = (elbow[0] + FOREARM * 0.97, elbow[1] - 10)
    else:
        wrist = along(elbow, arm[1], FOREARM, +1)
    pic.layer(arm_shapes(SIDE_SHOULDER, elbow, wrist))
    return {"vertex": (199, 30), "shoulder_point": (199, 107), "elbow": (elbow[0] - 8, elbow[1] + 2),
            "wrist": wrist, "buttock": (179, 230), "glabella": (220, 47), "back_of_head": (177, 51)}


# ---------------------------------------------------------------------------------------------
# Props.

def wall_and_floor(pic: Picture, wall_x: float | None = None, x0: float = 60, x1: float = 340) -> None:
    shapes = [polygon([(x0, FLOOR_Y), (x1, FLOOR_Y), (x1, FLOOR_Y + 14), (x0, FLOOR_Y + 14)])]
    if wall_x is not None:
        shapes.append(polygon([(x0, 10), (wall_x, 10), (wall_x, FLOOR_Y), (x0, FLOOR_Y)]))
    pic.layer(shapes, fill=COLOURS["prop_fill"], outline=COLOURS["prop_outline"], width=1.2)


def floor_shadow(pic: Picture, cx: float = 200, rx: float = 46) -> None:
    pic.filled([ellipse((cx, FLOOR_Y + 1), rx, 5)], "#C9D0D8")


# ---------------------------------------------------------------------------------------------
# The guides.

def full_body() -> Picture:
    return Picture((200, 252), 480)


def guide_stature() -> Picture:
    pic = full_body()
    wall_and_floor(pic, wall_x=177)
    marks = side_figure(pic)
    pic.layer([polygon([(160, 22), (240, 22), (240, 30), (160, 30)])], fill=COLOURS["prop_fill"],
              outline=COLOURS["prop_outline"], width=1.2)
    pic.straight((168, FLOOR_Y), (168, 30))
    pic.landmarks([marks["vertex"], (168, FLOOR_Y)])
    return pic


def guide_head_girth() -> Picture:
    pic = Picture((201, 60), 92)
    marks = side_figure(pic)
    pic.girth((199.5, 46.5), 24.5, 5.5, angle_deg=5)
    pic.landmarks([marks["glabella"], (175.5, 44)])
    return pic


def guide_neck_girth() -> Picture:
    pic = Picture((200, 98), 118)
    marks = front_figure(pic)
    pic.girth((200, 95), 12.5, 4.2)
    pic.landmarks([(200, 99.2), (212.5, 95)])
    return pic


def upper_body_front(bust: bool = False) -> tuple[Picture, dict[str, Point]]:
    pic = Picture((200, 158), 196)
    return pic, front_figure(pic, bust=bust)


def guide_chest_girth() -> Picture:
    pic, marks = upper_body_front()
    pic.girth((200, 142), 41, 8)
    pic.landmarks([(159, 142), (241, 142)])
    return pic


def guide_bust_girth() -> Picture:
    pic, marks = upper_body_front(bust=True)
    pic.girth((200, 153), 40.5, 8)
    pic.landmarks([(186, 161), (214, 161)])
    return pic


def guide_underbust_girth() -> Picture:
    pic, marks = upper_body_front(bust=True)
    pic.girth((200, 165), 38.5, 7.5)
    pic.landmarks([(200, 172.5)])
    return pic


def guide_waist_girth() -> Picture:
    pic = Picture((200, 190), 230)
    front_figure(pic)
    pic.girth((200, 190), 32, 7)
    pic.landmarks([(168, 190), (232, 190)])
    return pic


def guide_hip_girth() -> Picture:
    pic = Picture((200, 222), 210)
    marks = side_figure(pic, arm=(8, 62))  # forearm forward, clear of the buttocks
    pic.girth((200.5, 230), 23.5, 6)
    pic.landmarks([marks["buttock"], (222, 234)])
    return pic


def guide_thigh_girth() -> Picture:
    pic = Picture((212, 290), 210)
    marks = front_figure(pic)
    pic.girth((220, 266), 22.5, 5.5, angle_deg=0)
    pic.landmarks([marks["crotch"]])
    return pic


def guide_shoulder_width() -> Picture:
    pic = Picture((200, 150), 196)
    marks = front_figure(pic, view="back")
    pic.straight(marks["acromion_left"], marks["acromion_right"])
    pic.landmarks([marks["acromion_left"], marks["acromion_right"]])
    return pic


def guide_arm_length() -> Picture:
    pic = Picture((214, 165), 210)
    marks = side_figure(pic, arm=(-2, 0), bent=True)
    sp, el, wr = (199, 107), marks["elbow"], marks["wrist"]
    below_elbow = (el[0] - 1, el[1] + 10)
    pic.along_body([sp, (189, 130), (187.5, 170), below_elbow, (el[0] + 14, el[1] + 12), (wr[0], wr[1] + 6.5)])
    pic.landmarks([sp, below_elbow, (wr[0], wr[1] + 6.5)])
    return pic


def guide_sleeve_length() -> Picture:
    pic = Picture((232, 172), 230)
    marks = front_figure(pic, view="back", right_arm=ArmPose(30, 12))
    nape, acr = marks["nape"], marks["acromion_right"]
    el, wr = marks["elbow_right"], marks["wrist_right"]
    pic.along_body([nape, (226, 101), acr, (258, 130), (el[0] + 7.5, el[1]), (wr[0] + 4, wr[1])])
    pic.landmarks([nape, acr, (el[0] + 7.5, el[1]), (wr[0] + 4, wr[1])])
    return pic


def guide_inside_leg() -> Picture:
    pic = Picture((200, 322), 316)
    wall_and_floor(pic)
    front_figure(pic, feet_apart_deg=3.0)
    pic.straight((200, 262), (200, FLOOR_Y))
    pic.landmarks([(200, 261), (200, FLOOR_Y)])
    return pic


# -- the hand: back of the right hand, fingers together and up, thumb to the left --------------

FINGERS: list[tuple[Point, Point, float, float]] = [  # base, tip, base radius, tip radius
    ((152, 300), (151, 170), 16.0, 13.5),
    ((184, 296), (185, 146), 16.5, 14.0),
    ((216, 300), (217, 163), 16.0, 13.5),
    ((246, 314), (249, 210), 14.0, 11.5),
]
PALM: list[Point] = [(136, 300), (170, 288), (215, 290), (256, 304), (262, 335), (254, 390), (242, 440),
                     (238, 490), (160, 490), (156, 445), (138, 420), (132, 360)]


def hand(pic: Picture) -> None:
    palm = path(smooth_d(PALM, closed=True))
    pic.layer([palm] + limb([((146, 410), 19), ((108, 360), 14.5), ((86, 322), 12)]))
    # Each finger keeps its own outline so the four read as fingers held together; the palm is
    # filled again over their bases so no line crosses the back of the hand.
    for base, tip, rb, rt in FINGERS:
        pic.layer(capsule(base, rb, tip, rt))
    pic.filled([palm], COLOURS["figure_fill"])
    ds = []
    for base, tip, _, rt in FINGERS:  # nails
        ds.append(f"M{fmt(tip[0] - rt * 0.5)},{fmt(tip[1] + 12)} "
                  f"C{fmt(tip[0] - rt * 0.5)},{fmt(tip[1] - 1)} {fmt(tip[0] + rt * 0.5)},{fmt(tip[1] - 1)} "
                  f"{fmt(tip[0] + rt * 0.5)},{fmt(tip[1] + 12)}")
    ds.append("M160,452 Q200,462 236,452")  # wrist crease
    pic.details(ds, width=1.4)


def guide_hand_girth() -> Picture:
    pic = Picture((180, 305), 370)
    hand(pic)
    pic.girth((198, 318), 66.5, 11, angle_deg=5)
    pic.landmarks([(132, 312), (264, 324)])
    return pic


def guide_finger_girth() -> Picture:
    pic = Picture((214, 236), 190)
    hand(pic)
    pic.girth((216.5, 282), 17.5, 4.5, angle_deg=1)
    pic.landmarks([(199, 282), (234, 282.5)])
    return pic


# -- the foot: the right foot from above, heel against a wall, on a sheet of paper --------------

FOOT_TOP: list[Point] = [(200, 440), (177, 430), (166, 400), (162, 350), (152, 290), (147, 236), (149, 170),
                         (168, 138), (205, 132), (240, 150), (262, 180), (262, 235), (252, 300), (240, 360),
                         (232, 405), (222, 432)]
TOES: list[tuple[Point, float, float, float]] = [  # centre, rx, ry, rotation
    ((170, 114), 18.5, 27, -4), ((203, 118), 11, 16, 6), ((224, 131), 10, 14.5, 14), ((241, 148), 9, 13, 22),
    ((254, 168), 8, 11.5, 30),
]
WALL_Y = 440.0


def foot(pic: Picture) -> None:
    pic.layer([polygon([(96, 50), (318, 50), (318, WALL_Y), (96, WALL_Y)])], fill="#FFFFFF",
              outline=COLOURS["prop_outline"], width=1.0)
    pic.layer([polygon([(60, WALL_Y), (340, WALL_Y), (340, 500), (60, 500)])], fill=COLOURS["prop_fill"],
              outline=COLOURS["prop_outline"], width=1.2)
    shapes = [path(smooth_d(FOOT_TOP, closed=True))]
    pic.layer(shapes)
    for c, rx, ry, a in TOES[::-1]:  # little toe first, so each toe overlaps the next smaller one
        pic.layer([ellipse(c, rx, ry, a)])
    nails = [ellipse((c[0] + math.sin(math.radians(a)) * ry * 0.45, c[1] - ry * 0.45), rx * 0.55, ry * 0.32, a)
             for c, rx, ry, a in TOES]
    pic.parts.append(f'<g fill="none" stroke="{COLOURS["detail"]}" stroke-width="{fmt(1.1 * pic.zoom)}">'
                     f'{"".join(nails)}</g>')
    pic.details(["M160,166 Q200,178 232,160", "M166,400 Q200,392 232,405"])


def guide_foot_length() -> Picture:
    pic = Picture((205, 262), 440)
    foot(pic)
    toe_tip = (169, 89)
    pic.details([f"M{fmt(toe_tip[0])},{fmt(toe_tip[1])} L290,{fmt(toe_tip[1])}"], width=1.2,
                colour=COLOURS["figure_outline"])
    pic.straight((290, WALL_Y), (290, toe_tip[1]))
    pic.landmarks([(200, WALL_Y), toe_tip])
    return pic


def guide_foot_width() -> Picture:
    pic = Picture((205, 262), 440)
    foot(pic)
    a, b = (147, 232), (261, 214)
    pic.straight(a, b)
    pic.landmarks([a, b])
    return pic


# -- garments laid flat -----------------------------------------------------------------------

def letter_badge(pic: Picture, c: Point, letter: str) -> None:
    """A letter the steps refer to ("Chest (A)"); letters, unlike step numbers, never clash."""
    pic.filled([circle(c, 10)], COLOURS["landmark"])
    pic.parts.append(f'<text x="{fmt(c[0])}" y="{fmt(c[1] + 4.6)}" text-anchor="middle" font-size="13" '
                     f'font-weight="bold" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" '
                     f'fill="#FFFFFF">{letter}</text>')


def times_two(pic: Picture, at: Point) -> None:
    pic.parts.append(f'<text x="{fmt(at[0])}" y="{fmt(at[1])}" font-size="13" font-weight="bold" '
                     f'font-family="DejaVu Sans, Arial, Helvetica, sans-serif" '
                     f'fill="{COLOURS["muted_text"]}">\u00d72</text>')


def guide_garment_flat() -> Picture:
    pic = Picture((200, 254), 490)
    shirt_right = [(222, 38), (262, 50), (336, 186), (316, 198), (258, 112), (258, 226)]
    shirt = [(178, 38), (200, 50)] + shirt_right + [(200, 226)] + mirror(shirt_right)[::-1]
    shirt = shirt[1:] + shirt[:1]
    trousers = [(146, 262), (254, 262), (262, 300), (270, 484), (212, 484), (200, 332), (188, 484), (130, 484),
                (138, 300)]
    pic.layer([polygon(shirt)], fill=COLOURS["prop_fill"], outline=COLOURS["figure_outline"], width=1.4)
    pic.layer([polygon(trousers)], fill=COLOURS["prop_fill"], outline=COLOURS["figure_outline"], width=1.4)
    pic.details(["M178,38 Q200,62 222,38", "M262,50 L258,112", "M138,50 L142,112", "M146,276 L254,276",
                 "M200,276 L200,318", "M308,172 L326,162", "M92,172 L74,162"], width=1.2)
    pic.straight((144, 118), (256, 118))
    pic.straight((148, 268), (252, 268))
    pic.straight((232, 44), (232, 224))
    pic.straight((266, 60), (326, 174))
    pic.straight((204, 338), (213, 480))
    letter_badge(pic, (127, 118), "A")
    times_two(pic, (150, 136))
    letter_badge(pic, (128, 268), "B")
    times_two(pic, (152, 286))
    letter_badge(pic, (245, 32), "C")
    letter_badge(pic, (310, 110), "D")
    letter_badge(pic, (228, 430), "E")
    return pic


# -- the camera stance: front and side, whole body inside the frame ----------------------------

STANCE_SCALE = 0.72


def guide_camera_stance() -> Picture:
    pic = Picture((200, 250), 500)
    for origin, draw in (((-40, 78), "front"), ((153, 78), "side")):
        pic.parts.append(f'<g transform="translate({fmt(origin[0])} {fmt(origin[1])}) scale({STANCE_SCALE})">')
        inner = Picture((200, 250), 480 * 0.8 / STANCE_SCALE)  # lines 0.8 of full size once scaled down
        if draw == "front":
            floor_shadow(inner, rx=62)
            front_figure(inner, right_arm=ArmPose(32, 28), left_arm=ArmPose(32, 28), feet_apart_deg=4)
            # The gap between each arm and the body, as an arc in the tape colour.
            for outward in (1, -1):
                shoulder = SHOULDER_JOINT if outward == 1 else mirror([SHOULDER_JOINT])[0]
                a, b = along(shoulder, 6, 56, outward), along(shoulder, 27, 56, outward)
                sweep = 0 if outward == 1 else 1
                inner._tape(f"M{fmt(a[0])},{fmt(a[1])} A56,56 0 0 {sweep} {fmt(b[0])},{fmt(b[1])}", 3.2)
        else:
            floor_shadow(inner, rx=40)
            side_figure(inner, arm=(0, 2))
        pic.parts.extend(inner.parts)
        pic.parts.append("</g>")
    # Viewfinder corners: the whole body, head to feet, inside the frame with a margin.
    corners = []
    for x0, x1 in ((12, 186), (214, 388)):
        y0, y1 = 76, 434
        arm = 18
        corners += [f"M{x0},{y0 + arm} L{x0},{y0} L{x0 + arm},{y0}", f"M{x1 - arm},{y0} L{x1},{y0} L{x1},{y0 + arm}",
                    f"M{x0},{y1 - arm} L{x0},{y1} L{x0 + arm},{y1}", f"M{x1 - arm},{y1} L{x1},{y1} L{x1},{y1 - arm}"]
    pic._tape(" ".join(corners), 3.0)
    # A camera at about waist height, level, in front of the person.
    body = polygon([(178, 452), (222, 452), (222, 482), (178, 482)])
    pic.layer([body, polygon([(190, 446), (210, 446), (212, 452), (188, 452)])], fill=COLOURS["figure_outline"],
              outline=COLOURS["figure_outline"], width=1)
    pic.filled([circle((200, 467), 10)], COLOURS["prop_fill"])
    pic.filled([circle((200, 467), 6)], COLOURS["figure_outline"])
    return pic


GUIDES = {
    "stature": guide_stature,
    "head_girth": guide_head_girth,
    "neck_girth": guide_neck_girth,
    "chest_girth": guide_chest_girth,
    "bust_girth": guide_bust_girth,
    "underbust_girth": guide_underbust_girth,
    "waist_girth": guide_waist_girth,
    "hip_girth": guide_hip_girth,
    "thigh_girth": guide_thigh_girth,
    "hand_girth": guide_hand_girth,
    "finger_girth": guide_finger_girth,
    "shoulder_width": guide_shoulder_width,
    "arm_length": guide_arm_length,
    "sleeve_length": guide_sleeve_length,
    "inside_leg": guide_inside_leg,
    "foot_length": guide_foot_length,
    "foot_width": guide_foot_width,
    "garment_flat": guide_garment_flat,
    "camera_stance": guide_camera_stance,
}


def render_all() -> dict[str, str]:
    missing = set(DIMENSION_IDS) - set(GUIDES)
    if missing:
        raise SystemExit(f"no drawing for dimensions: {sorted(missing)}")
    return {guide_id: draw().svg(f"Sizer measuring guide: {guide_id}") for guide_id, draw in GUIDES.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report SVGs that differ from a fresh drawing")
    args = parser.parse_args(argv)
    stale = []
    for guide_id, text in render_all().items():
        target = OUT_DIR / f"{guide_id}.svg"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
            continue
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, text)
        print(f"wrote {target.relative_to(REPO)}")
    if stale:
        print(f"out of date (run scripts/draw_guides.py): {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
