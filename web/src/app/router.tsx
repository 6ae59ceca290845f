import { createBrowserRouter, Navigate } from "react-router-dom";
import { ContactsPage } from "./ContactsPage";
import { LoginPage } from "./LoginPage";
import { NotFoundPage } from "./NotFoundPage";
import { RouteErrorPage } from "./RouteErrorPage";

/** The app's routes: one page component per route. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
    children: [
      { path: "/", element: <Navigate to="/contacts" replace /> },
      { path: "/login", element: <LoginPage /> },
      { path: "/contacts", element: <ContactsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
