/** Profile builder page entry: wiring only (see components/profile/ProfileBuilder.tsx). Opened as profile.html?org=<name>. */
import { render } from 'preact';
import '../../components/library/pages.css';
import './style.css';
import { locale, startPageI18n } from '../../components/library/page-i18n';
import { ProfileBuilder } from '../../components/profile/ProfileBuilder';
import { BUILDER_STRINGS } from '../../components/profile/strings';
import { start } from '../../components/profile/builder-store';

function Page() {
  const s = BUILDER_STRINGS[locale.value];
  document.title = `SDG Lens — ${s.title}`;
  return (
    <main class="sdg-profile-page">
      <header class="sdg-header">
        <h1>{s.title}</h1>
        <p class="sdg-muted">{s.intro}</p>
        <p>
          <a href="/library.html">{s.back}</a>
        </p>
      </header>
      <ProfileBuilder />
    </main>
  );
}

render(<Page />, document.getElementById('app')!);
void startPageI18n().then(() => start(new URLSearchParams(location.search).get('org')));
