/**
 * FXAA in the form of Timothy Lottes' FXAA 2 (as in three.js's former FXAAShader): four diagonal
 * neighbours find the edge's direction, two or four taps along it blur across the step. Flat areas
 * (most of the picture) leave after five taps. The colour arrives premultiplied and linear; it is
 * un-premultiplied for the tone mapping and colour space three.js inserts, then premultiplied again
 * for the transparent canvas (the page's gradient shows through).
 */
export const FXAA_VERTEX = /* glsl */ `
varying vec2 vUv;
void main() {
  vUv = position.xy * 0.5 + 0.5;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
`;

export const FXAA_FRAGMENT = /* glsl */ `
uniform sampler2D frame;
uniform vec2 texel;
varying vec2 vUv;

// Square root: a cheap stand-in for gamma, so steps in dark tones count as they look.
float luma(vec4 c) { return sqrt(dot(c.rgb, vec3(0.299, 0.587, 0.114))); }

void main() {
  vec4 centre = texture2D(frame, vUv);
  float lNW = luma(texture2D(frame, vUv + vec2(-1.0, -1.0) * texel));
  float lNE = luma(texture2D(frame, vUv + vec2(1.0, -1.0) * texel));
  float lSW = luma(texture2D(frame, vUv + vec2(-1.0, 1.0) * texel));
  float lSE = luma(texture2D(frame, vUv + vec2(1.0, 1.0) * texel));
  float lM = luma(centre);
  float lMin = min(lM, min(min(lNW, lNE), min(lSW, lSE)));
  float lMax = max(lM, max(max(lNW, lNE), max(lSW, lSE)));
  vec4 colour = centre;
  if (lMax - lMin > max(0.03, lMax * 0.125)) {
    vec2 dir = vec2(-((lNW + lNE) - (lSW + lSE)), (lNW + lSW) - (lNE + lSE));
    float reduce = max((lNW + lNE + lSW + lSE) * (0.25 / 8.0), 1.0 / 128.0);
    float scale = 1.0 / (min(abs(dir.x), abs(dir.y)) + reduce);
    dir = clamp(dir * scale, -8.0, 8.0) * texel;
    vec4 near = 0.5 * (texture2D(frame, vUv - dir / 6.0) + texture2D(frame, vUv + dir / 6.0));
    vec4 far = 0.5 * near + 0.25 * (texture2D(frame, vUv - dir * 0.5) + texture2D(frame, vUv + dir * 0.5));
    float lFar = luma(far);
    colour = (lFar < lMin || lFar > lMax) ? near : far;
  }
  float alpha = colour.a;
  gl_FragColor = vec4(alpha > 0.0 ? colour.rgb / alpha : vec3(0.0), 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  gl_FragColor = vec4(gl_FragColor.rgb * alpha, alpha);
}
`;
