import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { journeyToMarkdown } from '../../shared/exchange/markdown';
import { fullJourney, HOSTILE, hostileJourney, t } from '../helpers/exchange-journeys';

const decode = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('Markdown', () => {
  it('renders (with marked) to the journey’s facts, personas, grid, stages and action plan', async () => {
    const html = await marked.parse(journeyToMarkdown(fullJourney(), t));
    expect(html).toContain('<h1>Bike sharing: first month</h1>');
    expect(html).toMatch(/<h2>Personas<\/h2>[\s\S]*<h3>Maja, the commuter<\/h3>/);
    expect(html).toContain('<th>Purchase — Sign-up</th>');
    expect(html).toMatch(/<h2>Stage by stage<\/h2>[\s\S]*<h3>Awareness<\/h3>/);
    expect(html).toMatch(/<h2>Action plan<\/h2>[\s\S]*<th>Opportunity<\/th>/);
    expect(html).toContain('<li>Channel: Social media</li>');
  });

  it('keeps hostile text literal: no HTML, links, headings or emphasis come out of it', async () => {
    const markdown = journeyToMarkdown(hostileJourney(), t);
    const html = await marked.parse(markdown);
    expect(html).not.toMatch(/<script|<\/svg>|<a |<em>not bold|<h1># not/);
    const text = decode(html);
    for (const value of [HOSTILE.script, HOSTILE.formula, HOSTILE.languages, HOSTILE.emoji, HOSTILE.longWord, HOSTILE.markdown, '-20% churn', '+1 more']) {
      expect(text.includes(value), value).toBe(true);
    }
  });
});
