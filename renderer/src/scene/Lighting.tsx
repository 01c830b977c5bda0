/**
 * Soft studio light like a medical illustration: a warm key from the upper front, a cool fill,
 * a rim from behind so vessels separate from the liver. All local; nothing is fetched.
 */
export function Lighting() {
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#2a3038', 0.9]} />
      <directionalLight position={[400, 700, 900]} intensity={2.2} color="#fff4e6" />
      <directionalLight position={[-700, 200, 400]} intensity={0.8} color="#cfe3ff" />
      <directionalLight position={[0, 300, -900]} intensity={1.1} color="#ffffff" />
    </>
  );
}
