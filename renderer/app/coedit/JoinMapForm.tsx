import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanName } from '../../../shared/coedit/presence';
import './coedit.css';

export interface JoinTarget { readonly address: string; readonly port: number; readonly code: string }

/** "192.168.1.20:52000", "[fe80::1]:52000" or the whole join address ("http://…/w/CODE"): the address, port and any code in it. */
export function parseJoinAddress(typed: string): { address: string; port: number; code: string | null } | null {
  const match = /^(?:https?:\/\/)?(?:\[([0-9A-Fa-f:.]+)\]|([0-9.]+)):(\d{1,5})(?:\/w\/([A-Za-z0-9-]+)\/?)?$/.exec(typed.trim());
  if (!match) return null;
  const port = Number(match[3]);
  if (port < 1 || port > 65_535) return null;
  const address = match[1] ?? match[2];
  return address === undefined ? null : { address, port, code: match[4] ?? null };
}

/**
 * The start screen's "Join a map on this network": the host's address and the code its "Edit
 * together…" shows, and the name the others see (asked once, then remembered in the settings).
 */
export function JoinMapForm({ name, onName, onJoin }: { name: string; onName: (name: string) => void; onJoin: (target: JoinTarget) => Promise<boolean> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [typedName, setTypedName] = useState(name);
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [joining, setJoining] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async () => {
    const parsed = parseJoinAddress(address);
    if (!parsed) return setProblem(t('coedit.join.badAddress'));
    const typedCode = (code.trim() || parsed.code || '').replace(/\s+/g, '');
    const person = cleanName(typedName);
    if (!person) return setProblem(t('coedit.name.missing'));
    if (person !== name) onName(person);
    setProblem(null);
    setJoining(true);
    const joined = await onJoin({ address: parsed.address, port: parsed.port, code: typedCode });
    setJoining(false);
    if (!joined) setProblem(t('coedit.join.failed'));
  };
  return (
    <section className="start-join" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('coedit.join.heading')}</h2>
      <p className="muted">{t('coedit.join.intro')}</p>
      <form className="coedit-join-form" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label>
          {t('coedit.name.label')}
          <input value={typedName} onChange={(e) => setTypedName(e.target.value)} maxLength={40} autoComplete="name" spellCheck={false} />
        </label>
        <label>
          {t('coedit.join.address')}
          <input value={address} onChange={(e) => setAddress(e.target.value)} placeholder={t('coedit.join.addressHint')} autoComplete="off" spellCheck={false} />
        </label>
        <label>
          {t('coedit.join.code')}
          <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
        </label>
        <button type="submit" disabled={joining || address.trim() === ''}>{joining ? t('coedit.join.joining') : t('coedit.join.submit')}</button>
      </form>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
