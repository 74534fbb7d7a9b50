import { act, render } from '@testing-library/react';
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/router';

interface RouterHandle {
  location: Location | null;
  navigate: NavigateFunction | null;
}

function RouterProbe({ handle }: { handle: RouterHandle }) {
  // Tests read where the app went and move it, as a person using links would.
  // eslint-disable-next-line react-hooks/immutability
  handle.location = useLocation();
  // eslint-disable-next-line react-hooks/immutability
  handle.navigate = useNavigate();
  return null;
}

/** Renders the whole app (providers, routes, lazy screens) at a path, against the mock backend. */
export function renderApp(path = '/') {
  const handle: RouterHandle = { location: null, navigate: null };
  const view = render(
    <AppProviders>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe handle={handle} />
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  const router = {
    get pathname() {
      return handle.location?.pathname ?? path;
    },
    navigate: async (to: string) => {
      await act(async () => {
        await handle.navigate?.(to);
      });
    },
  };
  return { ...view, router };
}
