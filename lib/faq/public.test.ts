import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { categories, faqArticles } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { type FaqSeed, insertFaqArticles } from '@/lib/testing/faq-fixtures';
import { freshIp } from '@/lib/testing/fixtures';
import { getPublishedArticle, listFeaturedArticles, listHelpCategories, listPublishedArticles, searchArticles, suggestArticles } from './public';

// Inserted out of order on purpose: the functions must sort by the admins' positions.
const corpus: FaqSeed[] = [
  {
    slug: 'track-order',
    category: 'order-delivery',
    position: 4,
    question: 'Where can I track my order?',
    answer: 'Follow the tracking link in the shipping email, or open the order under My orders.',
  },
  {
    slug: 'delivery-times',
    category: 'order-delivery',
    position: 1,
    question: 'How long does delivery take?',
    answer: 'Orders placed before 2 pm leave our warehouse the same day.\nMost of Europe takes 3–6 days.',
  },
  {
    slug: 'returns',
    category: 'order-delivery',
    position: 2,
    question: 'How do I return an item?',
    answer: 'Open a ticket with your order number and we email you a prepaid return label.',
  },
  {
    slug: 'damaged-order',
    category: 'order-delivery',
    position: 3,
    question: 'My order arrived damaged. What should I do?',
    answer: 'Keep the packaging and send us two photos; we send a replacement straight away.',
  },
  {
    slug: 'reset-password',
    category: 'account',
    position: 1,
    question: 'I forgot my password. How do I reset it?',
    answer: 'Choose "Forgot password" on the sign-in page. The link is valid for one hour.',
  },
  {
    slug: 'close-account',
    category: 'account',
    position: 2,
    question: 'How do I close my account?',
    answer: 'Ask us from your account and we remove your personal data within 30 days. <b>Not bold</b> & "quoted".',
  },
  {
    slug: 'two-factor',
    category: 'account',
    position: 0,
    published: false,
    question: 'How do I turn on two-factor authentication for my password?',
    answer: 'Draft: the zebra settings page is not ready; order password label warehouse.',
  },
  {
    slug: 'printer-setup',
    category: 'technical',
    position: 1,
    question: 'How do I set up my label printer?',
    answer: 'Install the driver, connect the printer by USB and hold the feed button for five seconds.',
  },
  {
    slug: 'api-keys',
    category: 'technical',
    position: 2,
    question: 'How do I create an API key?',
    answer: 'Go to Settings, API keys, and choose New key. Copy it when it is shown.',
  },
  {
    slug: 'billing-draft',
    category: 'billing',
    position: 1,
    published: false,
    question: 'Which zebra payment methods do you accept?',
    answer: 'Draft: cards and bank transfer; order label.',
  },
  {
    slug: 'who-we-are',
    category: null,
    position: 1,
    question: 'Who runs this shop?',
    answer: 'A small team in Lisbon that also answers your tickets.',
  },
];

beforeAll(async () => {
  await insertFaqArticles(corpus);
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const slugsOf = (articles: Array<{ slug: string }>) => articles.map((a) => a.slug);

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : error === null ? null : 'unexpected';
}

describe('listFeaturedArticles', () => {
  it('takes each topic’s first published article in topic order, uncategorised last, then each topic’s second', async () => {
    const articles = await listFeaturedArticles({ limit: 5 });
    expect(slugsOf(articles)).toEqual(['printer-setup', 'reset-password', 'delivery-times', 'who-we-are', 'api-keys']);
    expect(articles[0]?.category).toEqual({ slug: 'technical', name: 'Technical' });
  });

  it('never lists a draft, and shows six by default', async () => {
    const articles = await listFeaturedArticles();
    expect(articles).toHaveLength(6);
    expect(slugsOf(articles)).not.toContain('two-factor');
    expect(slugsOf(articles)).not.toContain('billing-draft');
  });

  it('refuses a limit outside 1 to 12', async () => {
    expect(await codeOf(listFeaturedArticles({ limit: 0 }))).toBe('validation');
    expect(await codeOf(listFeaturedArticles({ limit: 50 }))).toBe('validation');
  });
});

describe('listPublishedArticles', () => {
  it('groups published articles by category in the admins’ order, uncategorised last, and leaves drafts out', async () => {
    const groups = await listPublishedArticles();
    // Default positions: Technical 2, Account 3, Order & delivery 7; Billing holds only a draft.
    expect(groups.map((g) => g.category?.slug ?? null)).toEqual(['technical', 'account', 'order-delivery', null]);
    expect(groups.map((g) => slugsOf(g.articles))).toEqual([
      ['printer-setup', 'api-keys'],
      ['reset-password', 'close-account'],
      ['delivery-times', 'returns', 'damaged-order', 'track-order'],
      ['who-we-are'],
    ]);
    expect(groups[0]?.category).toEqual({ slug: 'technical', name: 'Technical' });
    expect(groups[1]?.articles[0]?.excerpt).toBe('Choose "Forgot password" on the sign-in page. The link is valid for one hour.');
  });

  it('follows a new category order as soon as an admin changes it', async () => {
    const db = await getDb();
    await db.update(categories).set({ position: 0 }).where(eq(categories.slug, 'order-delivery'));
    try {
      const groups = await listPublishedArticles();
      expect(groups[0]?.category?.slug).toBe('order-delivery');
    } finally {
      await db.update(categories).set({ position: 7 }).where(eq(categories.slug, 'order-delivery'));
    }
  });

  it('filters by category slug, and an unknown category lists nothing', async () => {
    const groups = await listPublishedArticles({ category: 'account' });
    expect(groups).toHaveLength(1);
    expect(slugsOf(groups[0]?.articles ?? [])).toEqual(['reset-password', 'close-account']);
    expect(await listPublishedArticles({ category: 'billing' })).toEqual([]);
    expect(await listPublishedArticles({ category: 'astrology' })).toEqual([]);
  });
});

describe('listHelpCategories', () => {
  it('offers only categories with a published article, counting published articles only', async () => {
    expect(await listHelpCategories()).toEqual([
      { slug: 'technical', name: 'Technical', articleCount: 2 },
      { slug: 'account', name: 'Account', articleCount: 2 },
      { slug: 'order-delivery', name: 'Order & delivery', articleCount: 4 },
    ]);
  });
});

describe('searchArticles', () => {
  it('finds an article by a word that appears only in its answer', async () => {
    expect(slugsOf(await searchArticles({ q: 'warehouse' }))).toEqual(['delivery-times']);
  });

  it('ranks a match in the question above a match in the answer', async () => {
    expect(slugsOf(await searchArticles({ q: 'label' }))).toEqual(['printer-setup', 'returns']);
  });

  it('matches words by their stem and reads the query like a search engine', async () => {
    expect(slugsOf(await searchArticles({ q: 'Delivering' }))).toEqual(['delivery-times']);
    expect(slugsOf(await searchArticles({ q: 'order -damaged -track' })).sort()).toEqual(['delivery-times', 'returns']);
    expect(slugsOf(await searchArticles({ q: '"return label"' }))).toEqual(['returns']);
    expect(slugsOf(await searchArticles({ q: 'printer or lisbon' })).sort()).toEqual(['printer-setup', 'who-we-are']);
  });

  it('finds a word still being typed by its beginning', async () => {
    expect(slugsOf(await searchArticles({ q: 'passw' }))).toEqual(['reset-password']);
    expect(slugsOf(await searchArticles({ q: 'reset passw' }))).toEqual(['reset-password']);
    expect(slugsOf(await searchArticles({ q: 'PRINT' }))).toEqual(['printer-setup']);
  });

  it('never returns drafts, even for words only drafts contain', async () => {
    expect(await searchArticles({ q: 'zebra' })).toEqual([]);
    expect(slugsOf(await searchArticles({ q: 'password' }))).not.toContain('two-factor');
  });

  it('keeps to the chosen category', async () => {
    expect(slugsOf(await searchArticles({ q: 'label', category: 'order-delivery' }))).toEqual(['returns']);
    expect(await searchArticles({ q: 'label', category: 'account' })).toEqual([]);
  });

  it('answers an empty or stop-word-only query with no results', async () => {
    expect(await searchArticles({ q: '   ' })).toEqual([]);
    expect(await searchArticles({ q: 'the and of' })).toEqual([]);
  });

  const hostile = [
    `'"&|!():*<>`,
    `passw'):*`,
    `:*`,
    `!!!`,
    `a & | b`,
    `((order`,
    `order <-> `,
    `"unclosed`,
    `\\'; drop table faq_articles; --`,
    `<script>alert(1)</script>`,
    `配送 доставка 🚚`,
    `\u0000 null`,
    `-`,
    `or`,
  ];

  it.each(hostile)('does not fail on hostile input %j', async (q) => {
    await expect(searchArticles({ q })).resolves.toBeInstanceOf(Array);
    await expect(suggestArticles({ text: q })).resolves.toBeInstanceOf(Array);
  });

  it('still finds the word inside hostile punctuation', async () => {
    expect(slugsOf(await searchArticles({ q: `'"passw&|!():*<>` }))).toEqual(['reset-password']);
    const db = await getDb();
    expect((await db.select({ id: faqArticles.id }).from(faqArticles)).length).toBe(corpus.length);
  });

  it('refuses a query over 200 characters with a field error', async () => {
    const error = await searchArticles({ q: 'x'.repeat(201) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).fields?.q?.[0]).toMatch(/200 characters/);
    await expect(searchArticles({ q: `${'x'.repeat(194)} label` })).resolves.toBeInstanceOf(Array);
  });
});

describe('suggestArticles', () => {
  it('suggests articles for a subject typed as a sentence, best match first', async () => {
    const suggestions = await suggestArticles({ text: 'My parcel arrived damaged' });
    expect(suggestions[0]).toEqual({
      slug: 'damaged-order',
      question: 'My order arrived damaged. What should I do?',
      excerpt: 'Keep the packaging and send us two photos; we send a replacement straight away.',
    });
  });

  it('returns at most three, or fewer when asked', async () => {
    expect(slugsOf(await searchArticles({ q: 'order' })).length).toBeGreaterThan(3);
    expect(await suggestArticles({ text: 'Question about my order' })).toHaveLength(3);
    expect(await suggestArticles({ text: 'Question about my order', limit: 1 })).toHaveLength(1);
    expect(await codeOf(suggestArticles({ text: 'order', limit: 4 }))).toBe('validation');
  });

  it('suggests nothing for fewer than three characters, and matches a word being typed', async () => {
    expect(await suggestArticles({ text: 'pa' })).toEqual([]);
    expect(await suggestArticles({ text: '  pa  ' })).toEqual([]);
    expect(slugsOf(await suggestArticles({ text: 'pas' }))).toContain('reset-password');
    expect(slugsOf(await suggestArticles({ text: 'Cannot reset my passw' }))[0]).toBe('reset-password');
  });

  it('never suggests drafts', async () => {
    expect(await suggestArticles({ text: 'zebra' })).toEqual([]);
    expect(slugsOf(await suggestArticles({ text: 'two-factor authentication' }))).not.toContain('two-factor');
  });

  it('counts requests per address and refuses past the limit with the time to wait', async () => {
    vi.stubEnv('RATE_LIMIT_FAQ_SUGGESTIONS_PER_IP', '2');
    const ip = freshIp();
    await suggestArticles({ text: 'order' }, { ip });
    await suggestArticles({ text: 'order' }, { ip });
    const error = await suggestArticles({ text: 'order' }, { ip }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('rate_limited');
    expect((error as AppError).message).toMatch(/Too many searches\. Please try again in (1 minute|\d+ seconds?)\./);
    expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(60);
    await expect(suggestArticles({ text: 'order' }, { ip: freshIp() })).resolves.toHaveLength(3);
  });
});

describe('getPublishedArticle', () => {
  it('returns the article verbatim with its category and the other published articles of that category', async () => {
    const article = await getPublishedArticle({ slug: 'close-account' });
    expect(article).toMatchObject({
      slug: 'close-account',
      question: 'How do I close my account?',
      answer: corpus.find((s) => s.slug === 'close-account')?.answer,
      category: { slug: 'account', name: 'Account' },
      related: [{ slug: 'reset-password', question: 'I forgot my password. How do I reset it?' }],
    });
    expect(article.updatedAt).toBeInstanceOf(Date);
  });

  it('lists related articles in the admins’ order and none for an uncategorised article', async () => {
    expect(slugsOf((await getPublishedArticle({ slug: 'track-order' })).related)).toEqual(['delivery-times', 'returns', 'damaged-order']);
    const uncategorised = await getPublishedArticle({ slug: 'who-we-are' });
    expect(uncategorised).toMatchObject({ category: null, related: [] });
  });

  it.each([
    ['a draft', 'two-factor'],
    ['an unknown slug', 'no-such-article'],
    ['an empty slug', ''],
    ['an over-long slug', 'x'.repeat(500)],
  ])('answers not found for %s', async (_label, slug) => {
    expect(await codeOf(getPublishedArticle({ slug }))).toBe('not_found');
  });
});
