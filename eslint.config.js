// ESLint flat config: type-aware typescript-eslint, React hooks, accessibility
// (jsx-a11y) and import rules that keep the layers one-way.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";
import { importX } from "eslint-plugin-import-x";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-ssr",
      "dist-b",
      "coverage",
      "test-results",
      "playwright-report",
      ".lighthouseci",
      ".ci-out",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y, "import-x": importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      "react/no-danger": "off",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "No HTML injection: render rich text with <Trans> and fixed components.",
        },
      ],
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            // Layers go one way: app → features → components/content/i18n/config.
            { target: "./src/features", from: "./src/app", message: "features must not import from app" },
            { target: "./src/components/ui", from: ["./src/app", "./src/features"], message: "ui is app-agnostic" },
            {
              target: "./src/content",
              from: ["./src/app", "./src/features", "./src/components"],
              message: "content is data only",
            },
            {
              target: "./src/i18n",
              from: ["./src/app", "./src/features", "./src/components"],
              message: "i18n is below the UI",
            },
          ],
        },
      ],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // Style only; arrow shorthands returning void read fine.
      "@typescript-eslint/no-confusing-void-expression": "off",
      // React Router's idiom: loaders throw a Response for 404s.
      "@typescript-eslint/only-throw-error": ["error", { allow: [{ from: "lib", name: "Response" }] }],
    },
    settings: {
      "import-x/resolver": { typescript: true, node: true },
    },
  },
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.{ts,mjs}", "*.config.ts"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
