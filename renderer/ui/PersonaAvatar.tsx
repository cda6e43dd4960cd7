import './persona-avatar.css';
import type { JourneyDocument, Persona } from '../../shared/document/schema';
import { assetUrl } from '../images/asset-image';

/** Initials of the name before any comma: "Sofia, the weekend runner" is S, "Maja Nilsson" is MN. */
const initials = (name: string) => (name.split(',')[0] ?? '').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]?.toLocaleUpperCase() ?? '').join('');

/** A persona's photo, or their initials on a plain disc when they have none. */
export function PersonaAvatar({ persona, document, size = 40, alt }: { persona: Persona; document: JourneyDocument; size?: number; alt: string }) {
  const photo = persona.photoId ? document.assets.find((a) => a.id === persona.photoId) : undefined;
  const style = { width: size, height: size, fontSize: size * 0.4 };
  return photo ? (
    <img className="persona-avatar" src={assetUrl(photo)} alt={alt} style={style} />
  ) : (
    <span className="persona-avatar is-initials" style={style} aria-hidden="true">{initials(persona.name)}</span>
  );
}
