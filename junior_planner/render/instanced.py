"""One draw call for every placed block of a type: GPU instancing on a pyqtgraph GL item.

pyqtgraph paints each GLMeshItem in Python, so 1,000 items cost ~60 ms a frame; here a block type
is one vertex buffer (its shaded triangles, uploaded once) and one small instance buffer
(x, y, z, yaw, scale per block) that an edit rewrites in place. The vertex shader turns, scales
and moves each instance.
"""

from __future__ import annotations

import ctypes

import numpy as np
from OpenGL import GL
from OpenGL.GL import shaders as glshaders
from pyqtgraph.opengl import GLGraphicsItem

VERTEX = """
#version 120
uniform mat4 u_mvp;
uniform vec4 u_tint;
attribute vec3 a_position;
attribute vec4 a_color;
attribute vec4 a_place;   // x, y, z, yaw (radians)
attribute float a_scale;
varying vec4 v_color;
void main() {
    float c = cos(a_place.w);
    float s = sin(a_place.w);
    vec3 p = a_position * a_scale;
    vec3 world = vec3(c * p.x - s * p.y, s * p.x + c * p.y, p.z) + a_place.xyz;
    v_color = vec4(mix(a_color.rgb, u_tint.rgb, u_tint.a), a_color.a);
    gl_Position = u_mvp * vec4(world, 1.0);
}
"""

FRAGMENT = """
#version 120
varying vec4 v_color;
void main() {
    gl_FragColor = v_color;
}
"""

_programs: dict[tuple[int, str], int] = {}


def _program(vertex: str = VERTEX, fragment: str = FRAGMENT) -> int:
    """The compiled shader program for the current GL context (compiled once per context)."""
    from PySide6.QtGui import QOpenGLContext

    key = (id(QOpenGLContext.currentContext()), vertex)
    if key not in _programs:
        _programs[key] = glshaders.compileProgram(
            glshaders.compileShader(vertex, GL.GL_VERTEX_SHADER),
            glshaders.compileShader(fragment, GL.GL_FRAGMENT_SHADER),
            validate=False,
        )
    return _programs[key]


class InstancedMesh(GLGraphicsItem.GLGraphicsItem):
    """Many copies of one mesh. `triangles` (m, 3, 3) and `colors` (m, 3, 4) in the block's own
    frame (origin at its footprint centre on the ground); `set_instances` takes an (n, 5) array
    of x, y, z, yaw degrees, scale."""

    def __init__(self, triangles: np.ndarray, colors: np.ndarray, gl_options: str = "opaque", closed: bool = False):
        """`closed`: a closed mesh wound counter-clockwise from outside (the stand-in boxes), whose
        back faces are skipped: half the triangles for software GL to rasterise."""
        super().__init__()
        self.closed = closed
        self.setGLOptions(gl_options)
        self._vertices = np.ascontiguousarray(triangles.reshape(-1, 3), dtype=np.float32)
        self._colors = np.ascontiguousarray(colors.reshape(-1, 4), dtype=np.float32)
        self._instances = np.zeros((0, 5), dtype=np.float32)
        self._tint = (0.0, 0.0, 0.0, 0.0)
        self._vbo = None
        self._instance_vbo = None
        self._instance_capacity = 0
        self._instances_dirty = True

    @property
    def count(self) -> int:
        return int(self._instances.shape[0])

    @property
    def triangle_count(self) -> int:
        return int(self._vertices.shape[0] // 3)

    def set_instances(self, instances: np.ndarray) -> None:
        data = np.asarray(instances, dtype=np.float32).reshape(-1, 5).copy()
        data[:, 3] = np.radians(data[:, 3])
        self._instances = data
        self._instances_dirty = True
        self.update()

    def set_tint(self, rgba: tuple[float, float, float, float]) -> None:
        """Blend every vertex colour towards rgb by `a` (ghost: green or red; selection)."""
        self._tint = tuple(float(v) for v in rgba)
        self.update()

    def _upload(self) -> None:
        if self._vbo is None:
            self._vbo = GL.glGenBuffers(2)
            data = np.hstack([self._vertices, self._colors]).astype(np.float32)
            GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._vbo[0])
            GL.glBufferData(GL.GL_ARRAY_BUFFER, data.nbytes, data, GL.GL_STATIC_DRAW)
            self._instance_vbo = self._vbo[1]
        if self._instances_dirty:
            GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._instance_vbo)
            needed = max(self._instances.nbytes, 20)
            if needed > self._instance_capacity:
                self._instance_capacity = max(needed, self._instance_capacity * 2)
                GL.glBufferData(GL.GL_ARRAY_BUFFER, self._instance_capacity, None, GL.GL_DYNAMIC_DRAW)
            if self._instances.nbytes:
                GL.glBufferSubData(GL.GL_ARRAY_BUFFER, 0, self._instances.nbytes, self._instances)
            self._instances_dirty = False
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, 0)

    def paint(self) -> None:
        if self.count == 0 or len(self._vertices) == 0:
            return
        self.setupGLState()
        self._upload()
        program = _program()
        GL.glUseProgram(program)
        mvp = np.array(self.mvpMatrix().data(), dtype=np.float32)
        GL.glUniformMatrix4fv(GL.glGetUniformLocation(program, "u_mvp"), 1, False, mvp)
        GL.glUniform4f(GL.glGetUniformLocation(program, "u_tint"), *self._tint)
        stride = 7 * 4
        locations = []
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._vbo[0])
        loc = GL.glGetAttribLocation(program, "a_position")
        GL.glVertexAttribPointer(loc, 3, GL.GL_FLOAT, False, stride, ctypes.c_void_p(0))
        GL.glEnableVertexAttribArray(loc)
        locations.append(loc)
        loc = GL.glGetAttribLocation(program, "a_color")
        GL.glVertexAttribPointer(loc, 4, GL.GL_FLOAT, False, stride, ctypes.c_void_p(12))
        GL.glEnableVertexAttribArray(loc)
        locations.append(loc)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._instance_vbo)
        for name, size, offset in (("a_place", 4, 0), ("a_scale", 1, 16)):
            loc = GL.glGetAttribLocation(program, name)
            GL.glVertexAttribPointer(loc, size, GL.GL_FLOAT, False, 20, ctypes.c_void_p(offset))
            GL.glEnableVertexAttribArray(loc)
            GL.glVertexAttribDivisor(loc, 1)
            locations.append(loc)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, 0)
        if self.closed:
            GL.glEnable(GL.GL_CULL_FACE)
            GL.glCullFace(GL.GL_BACK)
        GL.glDrawArraysInstanced(GL.GL_TRIANGLES, 0, len(self._vertices), self.count)
        if self.closed:
            GL.glDisable(GL.GL_CULL_FACE)
        for loc in locations:
            GL.glVertexAttribDivisor(loc, 0)
            GL.glDisableVertexAttribArray(loc)
        GL.glUseProgram(0)


DOT_VERTEX = """
#version 120
uniform mat4 u_mvp;
uniform float u_focal;     // pixels per unit of size / distance
uniform float u_size;      // the model's size in metres
uniform float u_centre;    // the model's middle height in metres
uniform vec3 u_eye;        // the camera, in world coordinates
attribute vec4 a_place;    // x, y, z, yaw (unused)
attribute float a_scale;
void main() {
    vec3 centre = vec3(a_place.xy, a_place.z + u_centre * a_scale);
    // the square stands in front of the block, towards the camera, so the ground at the block's
    // feet does not hide its lower half; what is really in front of the block still does
    vec3 towards = u_eye - centre;
    centre += towards * min(0.6 * u_size * a_scale / max(length(towards), 0.001), 0.5);
    gl_Position = u_mvp * vec4(centre, 1.0);
    gl_PointSize = max(1.0, u_size * a_scale * u_focal / max(gl_Position.w, 0.001));
}
"""

DOT_FRAGMENT = """
#version 120
uniform vec4 u_lower;
uniform vec4 u_upper;
uniform vec4 u_tint;
void main() {
    vec4 c = gl_PointCoord.y < 0.5 ? u_upper : u_lower;   // point y runs down
    gl_FragColor = vec4(mix(c.rgb, u_tint.rgb, u_tint.a), 1.0);
}
"""

class InstancedDots(InstancedMesh):
    """Blocks only a few pixels tall, one point each: a square as big as the block on screen, its
    lower half in the lower stand-in box's colour and its upper half in the upper one's. One vertex
    per block instead of a box's 30: software GL's cost is per triangle and vertex."""

    def __init__(self, lower: np.ndarray, upper: np.ndarray, centre: float, size: float):
        super().__init__(np.zeros((1, 3, 3), np.float32), np.ones((1, 3, 4), np.float32))
        self.lower, self.upper = tuple(float(v) for v in lower), tuple(float(v) for v in upper)
        self.centre, self.size = float(centre), float(size)
        self.focal_px = 1000.0
        self.eye = (0.0, 0.0, 1000.0)

    @property
    def triangle_count(self) -> int:
        return 0

    def paint(self) -> None:
        if self.count == 0:
            return
        self.setupGLState()
        self._upload()
        program = _program(DOT_VERTEX, DOT_FRAGMENT)
        GL.glUseProgram(program)
        mvp = np.array(self.mvpMatrix().data(), dtype=np.float32)
        GL.glUniformMatrix4fv(GL.glGetUniformLocation(program, "u_mvp"), 1, False, mvp)
        for name, value in (("u_focal", self.focal_px), ("u_size", self.size), ("u_centre", self.centre)):
            GL.glUniform1f(GL.glGetUniformLocation(program, name), value)
        GL.glUniform3f(GL.glGetUniformLocation(program, "u_eye"), *self.eye)
        GL.glUniform4f(GL.glGetUniformLocation(program, "u_lower"), *self.lower)
        GL.glUniform4f(GL.glGetUniformLocation(program, "u_upper"), *self.upper)
        GL.glUniform4f(GL.glGetUniformLocation(program, "u_tint"), *self._tint)
        GL.glEnable(GL.GL_VERTEX_PROGRAM_POINT_SIZE)
        GL.glEnable(GL.GL_POINT_SPRITE)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, self._instance_vbo)
        locations = []
        for name, size, offset in (("a_place", 4, 0), ("a_scale", 1, 16)):
            loc = GL.glGetAttribLocation(program, name)
            GL.glVertexAttribPointer(loc, size, GL.GL_FLOAT, False, 20, ctypes.c_void_p(offset))
            GL.glEnableVertexAttribArray(loc)
            locations.append(loc)
        GL.glBindBuffer(GL.GL_ARRAY_BUFFER, 0)
        GL.glDrawArrays(GL.GL_POINTS, 0, self.count)
        for loc in locations:
            GL.glDisableVertexAttribArray(loc)
        GL.glDisable(GL.GL_POINT_SPRITE)
        GL.glDisable(GL.GL_VERTEX_PROGRAM_POINT_SIZE)
        GL.glUseProgram(0)
