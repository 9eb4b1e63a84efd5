import { defineConfig } from "tsup";

/** Bundles the workspace packages into the API; npm dependencies stay external. */
export default defineConfig({
  entry: ["src/server.ts", "src/migrate.ts", "src/reencrypt.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  outDir: "dist",
  clean: true,
  sourcemap: true,
  // bare imports of npm packages stay imports; only the workspace's own TypeScript is bundled
  external: [/^(?!@razgazdayson\/)[a-z@][^:]*$/],
  noExternal: [/^@razgazdayson\//],
});
