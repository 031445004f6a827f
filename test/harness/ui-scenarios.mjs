// The UI scenarios the smoke test walks through, in order (they share one workbench).

/** Opens the Composure container from the activity bar and waits for its Clients view. */
async function openComposure(page) {
  const icon = page.locator('.activitybar [aria-label^="Composure"]').first();
  await icon.waitFor({ timeout: 30_000 });
  const sidebarTitle = page.locator('.part.sidebar .composite.title');
  if (!(await sidebarTitle.textContent().catch(() => ''))?.toUpperCase().includes('COMPOSURE')) await icon.click();
  await page.locator('.part.sidebar', { hasText: /clients/i }).first().waitFor({ timeout: 30_000 });
}

export const scenarios = [
  {
    name: 'the Composure icon opens the Clients view',
    async run({ page, shot }) {
      await openComposure(page);
      await shot('01-composure-view');
    },
  },
];

export { openComposure };
