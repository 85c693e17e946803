export default function EmulatorHome() {
  return <main className="p-6">Identity Gateway emulator</main>;
}
